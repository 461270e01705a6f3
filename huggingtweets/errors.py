"""The one exception type the CLI turns into a single line on stderr and a non-zero exit."""


class UserError(Exception):
    """Bad input the user can fix: the message names the thing and what to do."""


class SweepError(UserError):
    """A setting no job of a sweep can run with (it stops the whole sweep)."""


class Diverged(UserError):
    """The training loss became NaN or infinite: in a sweep, that trial failed and the sweep goes on."""
