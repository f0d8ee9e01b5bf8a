### ProblemText (pt)
## The sentences a [`Problem`] is shown with.

problem-session-ended = A sua sessão terminou. Volte ao comerciante e abra novamente o portal de faturação.
problem-csrf-failed = Esta página esteve aberta demasiado tempo para ser submetida em segurança. Recarregue a página e tente novamente.
problem-service-unavailable = Os serviços de faturação não estão a responder neste momento. Nada foi alterado; tente novamente daqui a um minuto.
problem-not-allowed = Esta ação não está disponível no seu portal de faturação.
problem-rate-limited = Demasiadas tentativas num curto espaço de tempo. Aguarde um minuto e tente novamente.
problem-not-found = Não foi possível encontrar este item. Pode ter sido removido; recarregue a página.
problem-required = Este campo é obrigatório.
problem-invalid-value = Este valor não é válido. Verifique-o e tente novamente.
problem-invalid-country = Escolha um país da lista.
problem-invalid-postal-code = Este código postal não é válido para o país escolhido.
problem-invalid-state = Escolha um estado, província ou região que exista no país escolhido.
problem-tax-id-type-unsupported = Este tipo de número de contribuinte não é suportado. Escolha outro tipo.
problem-tax-id-invalid = Este número de contribuinte não tem o formato correto para o seu tipo. Consulte o exemplo abaixo do campo.
problem-tax-id-checksum-invalid = Este número de contribuinte tem um erro: os dígitos de controlo não coincidem. Verifique cada carácter.
problem-tax-id-limit-reached = Atingiu o número máximo de números de contribuinte. Remova um antes de adicionar outro.
problem-already-exists = Já adicionou este item.
problem-incorrect-number = Este número de cartão não é válido. Verifique os dígitos e tente novamente.
problem-invalid-expiry-month = O mês de validade tem de estar entre 01 e 12.
problem-invalid-expiry-year = O ano de validade não é válido.
problem-expired-card = Este cartão expirou. Utilize outro cartão.
problem-invalid-cvc = O código de segurança não é válido: são os 3 dígitos no verso do cartão (4 na frente, no caso do American Express).
problem-card-declined = O seu cartão foi recusado. Utilize outro cartão ou contacte o seu banco.
problem-insufficient-funds = O seu cartão não tem saldo suficiente. Utilize outro cartão ou contacte o seu banco.
problem-authentication-required = O seu banco pede-lhe que confirme este cartão antes de o poder utilizar.
problem-authentication-failed = O seu banco não conseguiu confirmar este cartão. Tente novamente ou utilize outro cartão.
problem-last-payment-method = Este é o único método de pagamento da sua subscrição ativa. Adicione primeiro outro cartão e, depois, remova este.
problem-payment-method-missing = Adicione primeiro um método de pagamento.
problem-invoice-not-payable = Esta fatura não pode ser paga agora: pode já estar paga ou anulada. Recarregue a página.
problem-subscription-canceled = Esta subscrição terminou e já não pode ser alterada.
problem-generic = Ocorreu um erro e nada foi alterado. Tente novamente.
