from reviews.states import TransitionRefused as _StateRefusal


class ServiceError(Exception):
    """A refusal with a message the user can act on."""


class TransitionRefused(ServiceError, _StateRefusal):
    """The post's current state does not allow this action."""


class StaleVersion(ServiceError):
    """A decision on a version that is no longer the post's current one."""


class ClaimedByAnother(ServiceError):
    """Another mentor holds the claim on this post."""


class InvalidInput(ServiceError):
    """Input a service cannot store; the message names the field and the fix."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
