//! Portuguese (Brazil) texts.

use super::Key;

/// The Portuguese (Brazil) text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Portal do cliente Paylera",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Pular para o conteúdo principal",
        Key::Footer => "Pagamentos e cobrança por Paylera.",
        Key::IntroLead => {
            "Aqui você gerencia suas assinaturas, faturas e formas de pagamento com uma empresa que cobra você pela Paylera."
        }
        Key::IntroHowToReach => {
            "Você chega a este portal por um link seguro do seu lojista, a empresa de quem você compra: procure um link \"Gerenciar cobrança\" ou \"Portal de cobrança\" no app, no site ou nos e-mails dela. O link faz seu login por pouco tempo; não há nenhuma senha da Paylera para lembrar."
        }
        Key::ServiceStatusHeading => "Status do serviço",
        Key::ApiStatusLabel => "Status da API: ",
        Key::StatusChecking => "verificando…",
        Key::StatusOk => "ok",
        Key::StatusUnavailable => "indisponível",
        Key::StatusUnreachable => "inacessível",
        Key::StatusOkDescription => "Os serviços de cobrança estão funcionando normalmente.",
        Key::StatusUnavailableDescription => {
            "Os serviços de cobrança estão temporariamente indisponíveis. Tente novamente em alguns minutos."
        }
        Key::StatusUnreachableDescription => {
            "Não conseguimos acessar nossos serviços de cobrança. Tente novamente em alguns minutos."
        }
        Key::DetailsHeading => "Sobre este portal",
        Key::DetailsButton => "O que posso fazer aqui?",
        Key::DetailsSubscriptions => "Ver suas assinaturas ativas e alterá-las ou cancelá-las.",
        Key::DetailsInvoices => "Baixar faturas e recibos anteriores.",
        Key::DetailsPaymentMethods => "Adicionar, trocar ou remover o cartão ou a conta bancária com que você paga.",
        Key::DetailsBillingAddress => "Atualizar seu endereço de cobrança e seus dados fiscais.",
        Key::DetailsNote => {
            "O que você pode alterar depende das configurações do seu lojista. Para dúvidas sobre uma cobrança, fale diretamente com o lojista: ele pode ver sua conta e fazer reembolsos."
        }
        Key::SignedInHeading => "Conectado",
        Key::SignedInLead => "Você está conectado para gerenciar sua cobrança.",
        Key::SignedInHelp => {
            "Quando terminar, volte para a empresa de onde você veio. Isso encerra sua visita; para voltar, abra de novo o portal de cobrança dela."
        }
        Key::ReturnToMerchantButton => "Voltar ao lojista",
        Key::LinkExpiredHeading => "Este link expirou ou já foi usado",
        Key::LinkExpiredAdvice => {
            "Para sua segurança, cada link para este portal funciona uma única vez e por pouco tempo. Volte para a empresa e abra de novo o portal de cobrança para receber um novo link."
        }
        Key::LinkRateLimitedHeading => "Muitas tentativas, tente de novo em um minuto",
        Key::LinkRateLimitedAdvice => {
            "Recebemos tentativas demais de abrir este portal. Aguarde um minuto e recarregue esta página."
        }
        Key::LinkUnavailableHeading => "Não conseguimos abrir seu portal de cobrança",
        Key::LinkUnavailableAdvice => {
            "Nossos serviços de cobrança não responderam. Recarregue esta página em alguns minutos."
        }
        Key::ReturnTo => "Voltar para {merchant}",
        Key::NotFoundHeading => "Página não encontrada",
        Key::NotFoundBody => {
            "Não encontramos a página que você pediu. Se você seguiu um link de uma empresa que cobra você, ele pode ter expirado: peça um novo."
        }
        Key::NotFoundHomeLink => "Ir para a página inicial do portal",
        Key::ModuleSubscriptionTitle => "Assinatura",
        Key::ModuleSubscriptionDescription => "Altere ou cancele seu plano.",
        Key::ModulePaymentMethodsTitle => "Formas de pagamento",
        Key::ModulePaymentMethodsDescription => "Adicione ou substitua o cartão ou a conta bancária com que você paga.",
        Key::ModuleInvoicesTitle => "Faturas",
        Key::ModuleInvoicesDescription => "Veja e baixe suas faturas anteriores.",
        Key::ModuleTaxIdsTitle => "Identificações fiscais",
        Key::ModuleTaxIdsDescription => "Adicione ou remova as identificações fiscais que aparecem nas suas faturas.",
        Key::ModuleAddressTitle => "Endereço de cobrança",
        Key::ModuleAddressDescription => "Atualize o endereço das suas faturas.",
    }
}
