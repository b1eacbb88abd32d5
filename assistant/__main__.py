"""``python -m assistant``: kept as the familiar entry point; the commands live in ``ui/cli``."""

import sys

from ui.cli import main

sys.exit(main())
