"""Allow `python -m gm100_desktop`."""

from gm100_desktop.cli import main

raise SystemExit(main())
