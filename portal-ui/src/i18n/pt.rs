//! Portuguese (Portugal) texts.

use super::Key;

/// The Portuguese (Portugal) text of `key`.
pub fn text(key: Key) -> &'static str {
    match key {
        Key::ProductName => "Portal do cliente Paylera",
        Key::BrandName => "Paylera",
        Key::SkipLink => "Saltar para o conteúdo principal",
        Key::Footer => "Pagamentos e faturação por Paylera.",
        Key::IntroLead => {
            "Aqui pode gerir as suas subscrições, faturas e métodos de pagamento com uma empresa que lhe fatura através da Paylera."
        }
        Key::IntroHowToReach => {
            "Chega a este portal através de uma ligação segura do seu comerciante, a empresa onde compra: procure uma ligação «Gerir faturação» ou «Portal de faturação» na aplicação, no site ou nos e-mails dessa empresa. A ligação inicia a sua sessão durante pouco tempo; não há nenhuma palavra-passe Paylera para memorizar."
        }
        Key::ServiceStatusHeading => "Estado do serviço",
        Key::ApiStatusLabel => "Estado da API: ",
        Key::StatusChecking => "a verificar…",
        Key::StatusOk => "ok",
        Key::StatusUnavailable => "indisponível",
        Key::StatusUnreachable => "inacessível",
        Key::StatusOkDescription => "Os serviços de faturação estão a funcionar normalmente.",
        Key::StatusUnavailableDescription => {
            "Os serviços de faturação estão temporariamente indisponíveis. Tente novamente dentro de alguns minutos."
        }
        Key::StatusUnreachableDescription => {
            "Não foi possível contactar os nossos serviços de faturação. Tente novamente dentro de alguns minutos."
        }
        Key::DetailsHeading => "Sobre este portal",
        Key::DetailsButton => "O que posso fazer aqui?",
        Key::DetailsSubscriptions => "Ver as suas subscrições ativas e alterá-las ou cancelá-las.",
        Key::DetailsInvoices => "Transferir faturas e recibos anteriores.",
        Key::DetailsPaymentMethods => "Adicionar, substituir ou remover o cartão ou a conta bancária com que paga.",
        Key::DetailsBillingAddress => "Atualizar a morada de faturação e os dados fiscais.",
        Key::DetailsNote => {
            "O que pode alterar depende das definições do seu comerciante. Para questões sobre uma cobrança, contacte diretamente o comerciante: ele pode ver a sua conta e fazer reembolsos."
        }
        Key::SignedInHeading => "Sessão iniciada",
        Key::SignedInLead => "Tem sessão iniciada para gerir a sua faturação.",
        Key::SignedInHelp => {
            "Quando terminar, volte à empresa de onde veio. Isto termina a sua visita; para voltar, abra de novo o portal de faturação dessa empresa."
        }
        Key::ReturnToMerchantButton => "Voltar ao comerciante",
        Key::LinkExpiredHeading => "Esta ligação expirou ou já foi utilizada",
        Key::LinkExpiredAdvice => {
            "Para sua segurança, cada ligação a este portal funciona uma só vez e durante pouco tempo. Volte à empresa e abra de novo o portal de faturação para obter uma nova ligação."
        }
        Key::LinkRateLimitedHeading => "Demasiadas tentativas, tente novamente daqui a um minuto",
        Key::LinkRateLimitedAdvice => {
            "Recebemos demasiadas tentativas de abrir este portal. Aguarde um minuto e depois recarregue esta página."
        }
        Key::LinkUnavailableHeading => "Não foi possível abrir o seu portal de faturação",
        Key::LinkUnavailableAdvice => {
            "Os nossos serviços de faturação não responderam. Recarregue esta página dentro de alguns minutos."
        }
        Key::ReturnTo => "Voltar a {merchant}",
        Key::NotFoundHeading => "Página não encontrada",
        Key::NotFoundBody => {
            "Não encontrámos a página que pediu. Se seguiu uma ligação de uma empresa que lhe fatura, esta pode ter expirado: peça-lhe uma nova."
        }
        Key::NotFoundHomeLink => "Ir para a página inicial do portal",
        Key::ModuleSubscriptionTitle => "Subscrição",
        Key::ModuleSubscriptionDescription => "Altere ou cancele o seu plano.",
        Key::ModulePaymentMethodsTitle => "Métodos de pagamento",
        Key::ModulePaymentMethodsDescription => "Adicione ou substitua o cartão ou a conta bancária com que paga.",
        Key::ModuleInvoicesTitle => "Faturas",
        Key::ModuleInvoicesDescription => "Consulte e transfira as suas faturas anteriores.",
        Key::ModuleTaxIdsTitle => "Números de contribuinte",
        Key::ModuleTaxIdsDescription => "Adicione ou remova os números de contribuinte que constam das suas faturas.",
        Key::ModuleAddressTitle => "Morada de faturação",
        Key::ModuleAddressDescription => "Atualize a morada das suas faturas.",
    }
}
