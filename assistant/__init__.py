"""Questions in, cited answers out."""

from assistant.settings import force_offline

force_offline()
