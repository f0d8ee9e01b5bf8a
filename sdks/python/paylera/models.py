"""The API's models (attrs classes generated from the OpenAPI document).

`paylera.models.Customer`, `paylera.models.Subscription`, ... are the classes the client
answers; they are re-exported from `paylera._generated.models`.
"""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__  # noqa: F401
