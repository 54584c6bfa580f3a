"""Programs the tests run in subprocesses (not collected by pytest)."""
