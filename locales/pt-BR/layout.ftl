### LayoutText (pt-BR)
## Texts shared by every module page.

layout-session-ended-heading = Sua sessão terminou
layout-session-ended-advice = Para sua segurança, as sessões de cobrança terminam depois de algum tempo ou quando você volta ao lojista. Para continuar, volte ao lojista e abra o portal de cobrança de novo.
layout-problem-heading = Algo deu errado
layout-nav-label = Cobrança
layout-overview = Visão geral
layout-menu = Menu
layout-language-label = Idioma
layout-language-button = Mudar idioma
layout-terms = Termos de serviço
layout-privacy = Política de privacidade
layout-session-ending-soon =
    { $minutes ->
        [one] Sua sessão termina em cerca de { $minutes } minuto. Continue conectado para não perder o que você digitou.
       *[other] Sua sessão termina em cerca de { $minutes } minutos. Continue conectado para não perder o que você digitou.
    }
layout-stay-signed-in = Continuar conectado
layout-back-to-overview = Voltar à visão geral
# The header of every signed-in page: whose account this is (`{ $account }`: the
# customer's name and email), so someone handed another person's link sees it.
layout-signed-in-as = Conectado como { $account }
