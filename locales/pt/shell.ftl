### Key (pt)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Portal do cliente Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Saltar para o conteúdo principal
shell-footer = Pagamentos e faturação por Paylera.
shell-intro-lead = Aqui pode gerir as suas subscrições, faturas e métodos de pagamento com uma empresa que lhe fatura através da Paylera.
shell-intro-how-to-reach = Chega a este portal através de uma ligação segura do seu comerciante, a empresa onde compra: procure uma ligação «Gerir faturação» ou «Portal de faturação» na aplicação, no site ou nos e-mails dessa empresa. A ligação inicia a sua sessão durante pouco tempo; não há nenhuma palavra-passe Paylera para memorizar.
shell-signed-in-help = Quando terminar, volte à empresa de onde veio. Isto termina a sua visita; para voltar, abra de novo o portal de faturação dessa empresa.
shell-return-to-merchant-button = Voltar ao comerciante
shell-link-expired-heading = Esta ligação expirou ou já foi utilizada
shell-link-expired-advice = Para sua segurança, cada ligação a este portal funciona uma só vez e durante pouco tempo. Volte à empresa e abra de novo o portal de faturação para obter uma nova ligação.
shell-link-rate-limited-heading = Demasiadas tentativas, tente novamente daqui a um minuto
shell-link-rate-limited-advice = Recebemos demasiadas tentativas de abrir este portal. Aguarde um minuto e depois recarregue esta página.
shell-link-unavailable-heading = Não foi possível abrir o seu portal de faturação
shell-link-unavailable-advice = Os nossos serviços de faturação não responderam. Recarregue esta página dentro de alguns minutos.
# Has the `{ $merchant }` placeholder.
shell-return-to = Voltar a { $merchant }
shell-not-found-heading = Página não encontrada
shell-not-found-body = Não encontrámos a página que pediu. Se seguiu uma ligação de uma empresa que lhe fatura, esta pode ter expirado: peça-lhe uma nova.
shell-not-found-home-link = Ir para a página inicial do portal
shell-module-subscription-title = Subscrição
shell-module-subscription-description = Altere ou cancele o seu plano.
shell-module-payment-methods-title = Métodos de pagamento
shell-module-payment-methods-description = Adicione ou substitua o cartão ou a conta bancária com que paga.
shell-module-invoices-title = Faturas
shell-module-invoices-description = Consulte e transfira as suas faturas anteriores.
shell-module-tax-ids-title = Números de contribuinte
shell-module-tax-ids-description = Adicione ou remova os números de contribuinte que constam das suas faturas.
shell-module-address-title = Morada de faturação
shell-module-address-description = Atualize a morada das suas faturas.
