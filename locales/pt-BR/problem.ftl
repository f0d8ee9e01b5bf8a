### ProblemText (pt-BR)
## The sentences a [`Problem`] is shown with.

problem-session-ended = Sua sessão terminou. Volte ao lojista e abra o portal de cobrança de novo.
problem-csrf-failed = Esta página ficou aberta por tempo demais para ser enviada com segurança. Recarregue a página e tente de novo.
problem-service-unavailable = Os serviços de cobrança não estão respondendo no momento. Nada foi alterado; tente de novo em um minuto.
problem-not-allowed = Esta ação não está disponível no seu portal de cobrança.
problem-rate-limited = Muitas tentativas em pouco tempo. Aguarde um minuto e tente de novo.
problem-not-found = Não encontramos este item. Ele pode ter sido removido; recarregue a página.
problem-required = Este campo é obrigatório.
problem-invalid-value = Este valor não é válido. Confira e tente de novo.
problem-invalid-country = Escolha um país da lista.
problem-invalid-postal-code = Este código postal não é válido para o país escolhido.
problem-invalid-state = Escolha um estado, província ou região que exista no país escolhido.
problem-tax-id-type-unsupported = Este tipo de identificação fiscal não é aceito. Escolha outro tipo.
problem-tax-id-invalid = Esta identificação fiscal não está no formato correto para o tipo. Confira o exemplo abaixo do campo.
problem-tax-id-checksum-invalid = Esta identificação fiscal tem um erro de digitação: os dígitos verificadores não conferem. Confira cada caractere.
problem-tax-id-limit-reached = Você atingiu o número máximo de identificações fiscais. Remova uma antes de adicionar outra.
problem-already-exists = Você já adicionou este item.
problem-incorrect-number = Este número de cartão não é válido. Confira os dígitos e tente de novo.
problem-invalid-expiry-month = O mês de validade deve estar entre 01 e 12.
problem-invalid-expiry-year = O ano de validade não é válido.
problem-expired-card = Este cartão está vencido. Use outro cartão.
problem-invalid-cvc = O código de segurança não é válido: são os 3 dígitos no verso do cartão (4 na frente, no American Express).
problem-card-declined = Seu cartão foi recusado. Use outro cartão ou entre em contato com seu banco.
problem-insufficient-funds = Seu cartão não tem saldo ou limite suficiente. Use outro cartão ou entre em contato com seu banco.
problem-authentication-required = Seu banco pede que você confirme este cartão antes de usá-lo.
problem-authentication-failed = Seu banco não conseguiu confirmar este cartão. Tente de novo ou use outro cartão.
problem-last-payment-method = Esta é a única forma de pagamento da sua assinatura ativa. Adicione outro cartão primeiro e depois remova este.
problem-payment-method-missing = Adicione uma forma de pagamento primeiro.
problem-invoice-not-payable = Esta fatura não pode ser paga agora: ela pode já ter sido paga ou anulada. Recarregue a página.
problem-subscription-canceled = Esta assinatura foi encerrada e não pode mais ser alterada.
problem-generic = Algo deu errado e nada foi alterado. Tente de novo.
