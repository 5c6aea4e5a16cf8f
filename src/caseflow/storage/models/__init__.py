"""The typed ORM models. Importing this package registers every table on ``Base.metadata``."""

from caseflow.storage.models.accounts import User
from caseflow.storage.models.base import Base
from caseflow.storage.models.drafts import Draft
from caseflow.storage.models.meta import DatabaseInfo, Setting

__all__ = ["Base", "DatabaseInfo", "Draft", "Setting", "User"]
