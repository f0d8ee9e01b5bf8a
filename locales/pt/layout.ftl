### LayoutText (pt)
## Texts shared by every module page.

layout-session-ended-heading = A sua sessão terminou
layout-session-ended-advice = Para sua segurança, as sessões de faturação terminam ao fim de algum tempo ou quando volta ao comerciante. Para continuar, volte ao comerciante e abra novamente o portal de faturação.
layout-problem-heading = Ocorreu um erro
layout-nav-label = Faturação
layout-overview = Vista geral
layout-menu = Menu
layout-language-label = Idioma
layout-language-button = Mudar de idioma
layout-terms = Termos de serviço
layout-privacy = Política de privacidade
layout-session-ending-soon =
    { $minutes ->
        [one] A sua sessão termina dentro de cerca de { $minutes } minuto. Mantenha a sessão iniciada para não perder o que escreveu.
       *[other] A sua sessão termina dentro de cerca de { $minutes } minutos. Mantenha a sessão iniciada para não perder o que escreveu.
    }
layout-stay-signed-in = Manter sessão iniciada
layout-back-to-overview = Voltar à vista geral
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Sessão iniciada como { $account }
