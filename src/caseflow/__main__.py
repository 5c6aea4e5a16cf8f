from caseflow.cli import main

raise SystemExit(main())
