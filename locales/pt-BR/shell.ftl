### Key (pt-BR)
## The portal's shell: header, footer, home and error pages.

# The product's name (titles, home heading).
shell-product-name = Portal do cliente Paylera
# The brand in the header (a proper name).
shell-brand-name = Paylera
shell-skip-link = Pular para o conteúdo principal
shell-footer = Pagamentos e cobrança por Paylera.
shell-intro-lead = Aqui você gerencia suas assinaturas, faturas e formas de pagamento com uma empresa que cobra você pela Paylera.
shell-intro-how-to-reach = Você chega a este portal por um link seguro do seu lojista, a empresa de quem você compra: procure um link "Gerenciar cobrança" ou "Portal de cobrança" no app, no site ou nos e-mails dela. O link faz seu login por pouco tempo; não há nenhuma senha da Paylera para lembrar.
shell-signed-in-help = Quando terminar, volte para a empresa de onde você veio. Isso encerra sua visita; para voltar, abra de novo o portal de cobrança dela.
shell-return-to-merchant-button = Voltar ao lojista
shell-link-expired-heading = Este link expirou ou já foi usado
shell-link-expired-advice = Para sua segurança, cada link para este portal funciona uma única vez e por pouco tempo. Volte para a empresa e abra de novo o portal de cobrança para receber um novo link.
shell-link-rate-limited-heading = Muitas tentativas, tente de novo em um minuto
shell-link-rate-limited-advice = Recebemos tentativas demais de abrir este portal. Aguarde um minuto e recarregue esta página.
shell-link-unavailable-heading = Não conseguimos abrir seu portal de cobrança
shell-link-unavailable-advice = Nossos serviços de cobrança não responderam. Recarregue esta página em alguns minutos.
# Has the `{ $merchant }` placeholder.
shell-return-to = Voltar para { $merchant }
shell-not-found-heading = Página não encontrada
shell-not-found-body = Não encontramos a página que você pediu. Se você seguiu um link de uma empresa que cobra você, ele pode ter expirado: peça um novo.
shell-not-found-home-link = Ir para a página inicial do portal
shell-module-subscription-title = Assinatura
shell-module-subscription-description = Altere ou cancele seu plano.
shell-module-payment-methods-title = Formas de pagamento
shell-module-payment-methods-description = Adicione ou substitua o cartão ou a conta bancária com que você paga.
shell-module-invoices-title = Faturas
shell-module-invoices-description = Veja e baixe suas faturas anteriores.
shell-module-tax-ids-title = Identificações fiscais
shell-module-tax-ids-description = Adicione ou remova as identificações fiscais que aparecem nas suas faturas.
shell-module-address-title = Endereço de cobrança
shell-module-address-description = Atualize o endereço das suas faturas.
