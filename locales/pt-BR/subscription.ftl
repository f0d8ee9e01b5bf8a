### SubscriptionText (pt-BR)
## The subscription pages' texts.

subscription-no-subscription = Você não tem nenhuma assinatura com este lojista.
subscription-ended-heading = Assinaturas encerradas
subscription-price-label = Preço
subscription-quantity-label = Quantidade
subscription-status-label = Status
subscription-renews-on = Renova em
subscription-ends-on = Termina em
subscription-ended-on = Encerrada em
subscription-pending-label = Alterações pendentes
subscription-pending-cancel = Termina em { $date } em vez de ser renovada. Você mantém o acesso até lá.
subscription-pending-downgrade = Muda para { $plan } × { $quantity } em { $date }.
subscription-per-day = { $amount } por dia
subscription-per-week = { $amount } por semana
subscription-per-month = { $amount } por mês
subscription-per-year = { $amount } por ano
subscription-every-days = { $amount } a cada { $count } dias
subscription-every-weeks = { $amount } a cada { $count } semanas
subscription-every-months = { $amount } a cada { $count } meses
subscription-every-years = { $amount } a cada { $count } anos
subscription-status-trialing = Teste grátis
subscription-status-active = Ativa
subscription-status-past-due = Pagamento atrasado
subscription-status-unpaid = Não paga
subscription-status-canceled = Cancelada
subscription-change-link = Alterar { $plan }
subscription-cancel-plan = Cancelar { $plan }
subscription-reactivate-plan = Manter { $plan }
subscription-resubscribe-plan = Assinar { $plan } novamente
subscription-done-changed = Seu plano foi alterado.
subscription-done-scheduled = Sua alteração entrará em vigor no fim do período atual.
subscription-done-canceled = Sua assinatura foi cancelada.
subscription-done-reactivated = Sua assinatura será renovada normalmente.
subscription-done-resubscribed = Você assinou novamente.
subscription-change-heading = Alterar plano
subscription-choose-plan-legend = Plano
subscription-current-plan = Plano atual
subscription-upgrade = Upgrade
subscription-downgrade = Downgrade
subscription-review-button = Revisar a alteração
subscription-no-other-plan = Nenhum outro plano é oferecido para esta assinatura.
subscription-review-heading = Revise sua alteração
subscription-new-plan-label = Novo plano
subscription-item-header = Item
subscription-amount-header = Valor
subscription-line-unused = Tempo não utilizado de { $quantity } × { $plan }
subscription-line-remaining = Tempo restante de { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } até { $date }
subscription-total-label = Total
subscription-credit-applied-label = Crédito do seu saldo
subscription-due-now-label = A pagar agora
subscription-credit-added-label = Crédito adicionado ao seu saldo para as próximas faturas
subscription-next-renewal = Depois, { $price }; a próxima cobrança é em { $date }.
subscription-scheduled-note = Esta alteração entra em vigor em { $date }. Nada é cobrado agora.
subscription-no-change = Este já é o seu plano e a sua quantidade.
subscription-confirm-change = Confirmar a alteração
subscription-choose-another = Escolher outro plano
subscription-cancel-heading = Cancelar a assinatura
subscription-access-until = Se você cancelar, { $plan } continua ativo até { $date } e depois termina. Você não será cobrado novamente.
subscription-access-ends-now = Se você cancelar, { $plan } termina imediatamente e seu acesso acaba agora.
subscription-reason-legend = Por que você está cancelando? (opcional)
subscription-comment-label = Algo mais que queira nos contar? (opcional)
subscription-keep-subscription = Manter minha assinatura
subscription-already-canceling = Esta assinatura já termina em { $date }.
subscription-already-ended = Esta assinatura foi encerrada.
subscription-reason-too-expensive = É caro demais
subscription-reason-missing-features = Faltam recursos de que preciso
subscription-reason-switched-service = Vou mudar para outro serviço
subscription-reason-unused = Não uso o suficiente
subscription-reason-customer-service = Não estou satisfeito com o atendimento
subscription-reason-too-complex = É complicado demais
subscription-reason-low-quality = A qualidade não é boa o suficiente
subscription-reason-other = Outro motivo
subscription-status-paused = Pausada
subscription-resumes-on = Retoma em
subscription-pending-pause = A cobrança é pausada em { $start } e retomada em { $resume }.
subscription-pause-plan = Pausar { $plan }
subscription-resume-plan = Retomar { $plan } agora
subscription-resume-note = Ao retomar agora, um novo período de cobrança começa hoje e é cobrado imediatamente.
subscription-keep-billing = Não pausar { $plan }
subscription-done-paused = Sua assinatura será pausada no fim do período atual.
subscription-done-resumed = Sua assinatura voltou a ser cobrada.
subscription-pause-heading = Pausar a assinatura
subscription-pause-explain = A cobrança é pausada quando o seu período atual terminar, em { $date }. Até lá, nada muda; durante a pausa, nada é cobrado. A cobrança é retomada automaticamente quando a pausa terminar, ou antes, quando você quiser.
subscription-pause-legend = Pausar por
subscription-pause-days =
    { $count ->
        [one] { $count } dia
       *[other] { $count } dias
    }
subscription-pause-weeks =
    { $count ->
        [one] { $count } semana
       *[other] { $count } semanas
    }
subscription-pause-months =
    { $count ->
        [one] { $count } mês
       *[other] { $count } meses
    }
subscription-pause-years =
    { $count ->
        [one] { $count } ano
       *[other] { $count } anos
    }
subscription-already-pausing = Esta assinatura já tem uma pausa: a cobrança será retomada em { $date }.
subscription-cannot-pause = Esta assinatura não pode ser pausada agora: só é possível pausar uma assinatura ativa, cobrada antecipadamente e sem cancelamento pendente.
subscription-offer-heading = Antes de você ir
subscription-offer-discount =
    { $count ->
        [one] Continue com { $plan } e ganhe { $percent }% de desconto na próxima fatura.
       *[other] Continue com { $plan } e ganhe { $percent }% de desconto nas próximas { $count } faturas.
    }
subscription-offer-pause = Ou pause { $plan } por { $length }: a cobrança é pausada em { $date }, nada é cobrado nesse meio-tempo e depois ela é retomada automaticamente.
subscription-accept-offer = Aceitar a oferta
subscription-decline-offer = Não, obrigado, cancelar { $plan }
subscription-done-retained = Obrigado por ficar. A oferta foi aplicada à sua assinatura.
subscription-discount-label = Desconto
subscription-discount-running =
    { $count ->
        [one] { $percent }% de desconto na próxima fatura
       *[other] { $percent }% de desconto nas próximas { $count } faturas
    }
