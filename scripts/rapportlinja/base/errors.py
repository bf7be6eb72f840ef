"""One error root for mistakes a user can fix, and the handler that maps errors to exit codes."""

from __future__ import annotations

import contextlib
import os
import sys
import traceback
from collections.abc import Iterator
from typing import NoReturn


class UserError(Exception):
    """A problem the user can act on. The message is Norwegian and shown as is.

    `details` is shown before it: the findings that made a command refuse, as text.
    """

    def __init__(self, message: str, hint: str | None = None, details: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.details = details


EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_UNEXPECTED = 3
EXIT_INTERRUPTED = 130


class ExitCode(Exception):
    """Carries an exit code out of the handler's body."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


@contextlib.contextmanager
def error_handler(verbose: bool = False) -> Iterator[None]:
    """Turn exceptions into a clean Norwegian message and an exit code, never a traceback.

    Unexpected errors show a traceback only with -v, since they are our bugs, not the user's.
    """
    try:
        yield
    except UserError as error:
        _user_error(error)
    except BrokenPipeError:
        # The reader went away (`rapport sjekk | head`): not an error worth a message.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps shutdown from failing again
        raise ExitCode(EXIT_OK) from None
    except KeyboardInterrupt:
        print("avbrutt", file=sys.stderr)
        raise ExitCode(EXIT_INTERRUPTED) from None
    except OSError as error:
        # A full disk or a read-only folder met outside base/atomic (mkdtemp under build/, a cache):
        # the same Norwegian message as there. Any other OSError is ours to explain.
        from rapportlinja.base.oserror import as_user_error

        explained = as_user_error(error)
        if explained is None:
            _unexpected(error, verbose)
        _user_error(explained)
    except Exception as error:
        _unexpected(error, verbose)


def _user_error(error: UserError) -> NoReturn:
    # Messages may repeat a value from a user's file: the same mask as every reporter.
    from rapportlinja.base.personal.masking import mask_found

    if error.details:
        sys.stderr.write(error.details)  # rendered and masked by `findings_text.render`
    print(f"feil: {mask_found(error.message)}", file=sys.stderr)
    if error.hint:
        print(f"  tips: {mask_found(error.hint)}", file=sys.stderr)
    raise ExitCode(EXIT_USER_ERROR) from None


def _unexpected(error: Exception, verbose: bool) -> NoReturn:
    from rapportlinja.base.personal.masking import mask_found

    if verbose:
        traceback.print_exception(error)
    print(
        f"intern feil i rapport ({type(error).__name__}: {mask_found(str(error))}). "
        "Dette er en feil i verktøyet, ikke i innholdet ditt; meld den gjerne fra.",
        file=sys.stderr,
    )
    raise ExitCode(EXIT_UNEXPECTED) from None
