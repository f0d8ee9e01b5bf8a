### SubscriptionText (pt)
## The subscription pages' texts.

subscription-no-subscription = Não tem nenhuma subscrição com este comerciante.
subscription-ended-heading = Subscrições terminadas
subscription-price-label = Preço
subscription-quantity-label = Quantidade
subscription-status-label = Estado
subscription-renews-on = Renova a
subscription-ends-on = Termina a
subscription-ended-on = Terminou a
subscription-pending-label = Alterações pendentes
subscription-pending-cancel = Termina a { $date } em vez de ser renovada. Mantém o acesso até lá.
subscription-pending-downgrade = Muda para { $plan } × { $quantity } a { $date }.
subscription-per-day = { $amount } por dia
subscription-per-week = { $amount } por semana
subscription-per-month = { $amount } por mês
subscription-per-year = { $amount } por ano
subscription-every-days = { $amount } a cada { $count } dias
subscription-every-weeks = { $amount } a cada { $count } semanas
subscription-every-months = { $amount } a cada { $count } meses
subscription-every-years = { $amount } a cada { $count } anos
subscription-status-trialing = Período de avaliação
subscription-status-active = Ativa
subscription-status-past-due = Pagamento em atraso
subscription-status-unpaid = Por pagar
subscription-status-canceled = Cancelada
subscription-change-link = Alterar { $plan }
subscription-cancel-plan = Cancelar { $plan }
subscription-reactivate-plan = Manter { $plan }
subscription-resubscribe-plan = Subscrever novamente { $plan }
subscription-done-changed = O seu plano foi alterado.
subscription-done-scheduled = A sua alteração terá efeito no fim do período atual.
subscription-done-canceled = A sua subscrição foi cancelada.
subscription-done-reactivated = A sua subscrição será renovada normalmente.
subscription-done-resubscribed = Voltou a ter uma subscrição.
subscription-change-heading = Alterar plano
subscription-choose-plan-legend = Plano
subscription-current-plan = Plano atual
subscription-upgrade = Melhoria
subscription-downgrade = Redução
subscription-review-button = Rever a alteração
subscription-no-other-plan = Não é oferecido nenhum outro plano para esta subscrição.
subscription-review-heading = Reveja a sua alteração
subscription-new-plan-label = Novo plano
subscription-item-header = Item
subscription-amount-header = Montante
subscription-line-unused = Tempo não utilizado de { $quantity } × { $plan }
subscription-line-remaining = Tempo restante de { $quantity } × { $plan }
subscription-line-new-period = { $quantity } × { $plan } até { $date }
subscription-total-label = Total
subscription-credit-applied-label = Crédito do seu saldo
subscription-due-now-label = A pagar agora
subscription-credit-added-label = Crédito adicionado ao seu saldo para as próximas faturas
subscription-next-renewal = Depois, { $price }; o próximo pagamento é a { $date }.
subscription-scheduled-note = Esta alteração tem efeito a { $date }. Nada é cobrado agora.
subscription-no-change = Este já é o seu plano e a sua quantidade.
subscription-confirm-change = Confirmar a alteração
subscription-choose-another = Escolher outro plano
subscription-cancel-heading = Cancelar a subscrição
subscription-access-until = Se cancelar, { $plan } mantém-se ativo até { $date } e depois termina. Não voltará a ser cobrado.
subscription-access-ends-now = Se cancelar, { $plan } termina imediatamente e o seu acesso termina agora.
subscription-reason-legend = Porque está a cancelar? (opcional)
subscription-comment-label = Mais alguma coisa que nos queira dizer? (opcional)
subscription-keep-subscription = Manter a minha subscrição
subscription-already-canceling = Esta subscrição já termina a { $date }.
subscription-already-ended = Esta subscrição terminou.
subscription-reason-too-expensive = É demasiado caro
subscription-reason-missing-features = Faltam funcionalidades de que preciso
subscription-reason-switched-service = Vou mudar para outro serviço
subscription-reason-unused = Não o uso o suficiente
subscription-reason-customer-service = Não estou satisfeito com o apoio ao cliente
subscription-reason-too-complex = É demasiado complicado
subscription-reason-low-quality = A qualidade não é suficiente
subscription-reason-other = Outro motivo
subscription-status-paused = Em pausa
subscription-resumes-on = Retoma a
subscription-pending-pause = A faturação é suspensa a { $start } e retomada a { $resume }.
subscription-pause-plan = Pausar { $plan }
subscription-resume-plan = Retomar { $plan } agora
subscription-resume-note = Ao retomar agora, começa hoje um novo período de faturação, cobrado de imediato.
subscription-keep-billing = Não pausar { $plan }
subscription-done-paused = A sua subscrição será pausada no fim do período atual.
subscription-done-resumed = A sua subscrição voltou a ser faturada.
subscription-pause-heading = Pausar a subscrição
subscription-pause-explain = A faturação é suspensa quando o seu período atual terminar, a { $date }. Até lá, nada muda; durante a pausa, nada é cobrado. A faturação é retomada automaticamente quando a pausa terminar, ou mais cedo, quando quiser.
subscription-pause-legend = Pausar durante
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
subscription-already-pausing = Esta subscrição já tem uma pausa: a faturação é retomada a { $date }.
subscription-cannot-pause = Esta subscrição não pode ser pausada agora: só é possível pausar uma subscrição ativa, faturada antecipadamente e sem cancelamento pendente.
subscription-offer-heading = Antes de sair
subscription-offer-discount =
    { $count ->
        [one] Fique com { $plan } e receba { $percent }% de desconto na próxima fatura.
       *[other] Fique com { $plan } e receba { $percent }% de desconto nas próximas { $count } faturas.
    }
subscription-offer-pause = Em alternativa, pause { $plan } durante { $length }: a faturação é suspensa a { $date }, nada é cobrado entretanto e depois é retomada automaticamente.
subscription-accept-offer = Aceitar a oferta
subscription-decline-offer = Não, obrigado, cancelar { $plan }
subscription-done-retained = Obrigado por ficar. A oferta foi aplicada à sua subscrição.
subscription-discount-label = Desconto
subscription-discount-running =
    { $count ->
        [one] { $percent }% de desconto na próxima fatura
       *[other] { $percent }% de desconto nas próximas { $count } faturas
    }
