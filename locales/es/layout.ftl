### LayoutText (es)
## Texts shared by every module page.

layout-session-ended-heading = Tu sesión ha finalizado
layout-session-ended-advice = Por tu seguridad, las sesiones de facturación finalizan al cabo de un tiempo o cuando vuelves al comercio. Para continuar, vuelve al comercio y abre de nuevo el portal de facturación.
layout-problem-heading = Se ha producido un error
layout-nav-label = Facturación
layout-overview = Resumen
layout-menu = Menú
layout-language-label = Idioma
layout-language-button = Cambiar idioma
layout-terms = Condiciones del servicio
layout-privacy = Política de privacidad
layout-session-ending-soon =
    { $minutes ->
        [one] Tu sesión finaliza en unos { $minutes } minuto. Mantén la sesión iniciada para conservar lo que has escrito.
       *[other] Tu sesión finaliza en unos { $minutes } minutos. Mantén la sesión iniciada para conservar lo que has escrito.
    }
layout-stay-signed-in = Mantener la sesión iniciada
layout-back-to-overview = Volver al resumen
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Sesión iniciada como { $account }
