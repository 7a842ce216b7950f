"""Process exit codes, shared by the CLI and the Discord runner so scripts can rely on them.

0 success or a clean stop, 1 a failure outside the user's input, 2 a usage or input error.
"""

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
