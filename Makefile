# Caseflow's build targets. Tests: ./scripts/test (what CI runs).
.PHONY: dist dist-check dist-clean

# A one-folder build that runs without Python: dist/caseflow/ (see caseflow.spec).
dist:
	./scripts/build-dist

# Run the built program from dist/caseflow/ as CI does: CLI, a report, the GUI offscreen.
dist-check:
	./scripts/check-dist

dist-clean:
	rm -rf build/pyinstaller dist/caseflow
