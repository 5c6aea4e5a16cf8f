"""A throwaway PostgreSQL server for trying team mode and for the tests.

    python tools/pg_sandbox.py [--port N] [--folder DIR]

starts a private cluster from Debian's PostgreSQL packages on the loopback
interface, prints how to reach it, and removes it again on Ctrl+C. The
tests start one per run (``tests/server/conftest.py``) through ``start``.

It is set up as a municipality's server must be, only smaller: TLS with a
certificate from its own throwaway certificate authority (clients verify
it fully), SCRAM-SHA-256 passwords, plain TCP connections rejected by
pg_hba, and no statement or parameter logging. The superuser reaches it
only through a Unix socket in the cluster's own private folder. It keeps
nothing: fsync is off and the folder is removed when it stops.

As root (CI), PostgreSQL refuses to run: the cluster then belongs to the
``postgres`` user and every server program runs through ``runuser``.
"""

from __future__ import annotations

import argparse
import datetime
import ipaddress
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

SUPERUSER = "postgres"
HOST = "localhost"  # the name the server certificate is made out to
_START_TIMEOUT_S = 60


def server_bin() -> Path | None:
    """The newest installed PostgreSQL server programs (Debian keeps them per version)."""
    versions = sorted(
        (p for p in Path("/usr/lib/postgresql").glob("*/bin") if (p / "initdb").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if versions:
        return versions[-1]
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Sandbox:
    """A running throwaway cluster."""

    folder: Path
    port: int
    bin: Path

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "socket"

    @property
    def root_cert(self) -> Path:
        """The certificate authority a client needs to verify the server (sslrootcert)."""
        return self.folder / "root.crt"

    def superuser_conninfo(self, database: str = "postgres") -> str:
        """libpq connection string for the superuser, through the private socket."""
        return f"host={self.socket_dir} port={self.port} user={SUPERUSER} dbname={database}"

    def tls_conninfo(self, user: str, database: str) -> str:
        """libpq connection string as a Caseflow client makes it (no password in it)."""
        return (
            f"host={HOST} hostaddr=127.0.0.1 port={self.port} dbname={database} user={user} "
            f"sslmode=verify-full sslrootcert={self.root_cert}"
        )

    def stop(self) -> None:
        """Stop the server at once and remove every file of it."""
        _as_owner(
            [str(self.bin / "pg_ctl"), "stop", "-D", str(self.data), "-m", "immediate", "-w"],
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _owner() -> pwd.struct_passwd | None:
    """The account the cluster belongs to when we are root; None when it is ours."""
    return pwd.getpwnam("postgres") if os.geteuid() == 0 else None


def _as_owner(command: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    if _owner() is not None:
        command = ["runuser", "-u", "postgres", "--", *command]
    return subprocess.run(command, check=check, capture_output=True, text=True)


def _give_to_owner(*paths: Path) -> None:
    owner = _owner()
    if owner is None:
        return
    for path in paths:
        os.chown(path, owner.pw_uid, owner.pw_gid)


def _certificates(folder: Path) -> tuple[Path, Path]:
    """A throwaway authority (root.crt, its key never written) and a server certificate."""
    now = datetime.datetime.now(datetime.UTC)
    valid = (now - datetime.timedelta(minutes=5), now + datetime.timedelta(days=30))
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Caseflow sandbox CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid[0])
        .not_valid_after(valid[1])
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid[0])
        .not_valid_after(valid[1])
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName(HOST), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    (folder / "root.crt").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert = folder / "data" / "server.crt"
    key = folder / "data" / "server.key"
    cert.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key.chmod(0o600)  # PostgreSQL refuses a key others can read
    return cert, key


_HBA = """\
# Caseflow sandbox: the superuser only through the private socket; everyone
# else over TLS with SCRAM passwords; anything else is refused.
local   all  all                      trust
hostssl all  all  127.0.0.1/32        scram-sha-256
host    all  all  0.0.0.0/0           reject
host    all  all  ::/0                reject
"""


def _settings(sandbox: Sandbox) -> str:
    return f"""
listen_addresses = '127.0.0.1'
port = {sandbox.port}
unix_socket_directories = '{sandbox.socket_dir}'
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
ssl_min_protocol_version = 'TLSv1.2'
password_encryption = 'scram-sha-256'
# Nothing a statement carries reaches the server's log.
log_statement = 'none'
log_min_duration_statement = -1
log_min_error_statement = 'panic'
# Throwaway: speed over durability.
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = '64MB'
max_connections = 60
"""


def start(parent: Path | None = None, port: int | None = None) -> Sandbox:
    """Create and start a cluster in a new folder under ``parent``; ``RuntimeError`` if it can't."""
    binaries = server_bin()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="caseflow-pg-", dir=parent))
    sandbox = Sandbox(folder, port or free_port(), binaries)
    try:
        folder.chmod(0o700)
        sandbox.data.mkdir(mode=0o700)
        sandbox.socket_dir.mkdir(mode=0o700)
        _give_to_owner(folder, sandbox.data, sandbox.socket_dir)
        _as_owner(
            [
                str(binaries / "initdb"),
                "-D",
                str(sandbox.data),
                "-U",
                SUPERUSER,
                "--auth-local=trust",
                "--auth-host=reject",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        )
        cert, key = _certificates(folder)
        _give_to_owner(cert, key)
        (sandbox.data / "pg_hba.conf").write_text(_HBA)
        with (sandbox.data / "postgresql.conf").open("a") as conf:
            conf.write(_settings(sandbox))
        if _owner() is not None:
            folder.chmod(0o755)  # root.crt readable; data and socket stay private
        _as_owner(
            [
                str(binaries / "pg_ctl"),
                "start",
                "-D",
                str(sandbox.data),
                "-l",
                str(sandbox.data / "server.log"),
                "-w",
                "-t",
                str(_START_TIMEOUT_S),
            ]
        )
    except subprocess.CalledProcessError as error:
        log = sandbox.data / "server.log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else error.stderr
        sandbox.stop()
        raise RuntimeError(f"PostgreSQL did not start: {detail}") from None
    except BaseException:
        sandbox.stop()
        raise
    return sandbox


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--folder", type=Path, default=None, help="where the cluster's folder goes")
    args = parser.parse_args(argv)
    try:
        sandbox = start(args.folder, args.port)
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 2
    print(f"PostgreSQL sandbox on {HOST}:{sandbox.port} (TLS, SCRAM), folder {sandbox.folder}")
    print(f"  server certificate authority: {sandbox.root_cert}")
    print(f"  superuser: psql '{sandbox.superuser_conninfo()}'")
    print("Ctrl+C stops it and removes everything.")
    stopped = False

    def stop(*_: object) -> None:
        nonlocal stopped
        stopped = True

    signal.signal(signal.SIGTERM, stop)
    try:
        while not stopped:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
