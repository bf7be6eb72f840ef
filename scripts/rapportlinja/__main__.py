from rapportlinja.cli import main

raise SystemExit(main())
