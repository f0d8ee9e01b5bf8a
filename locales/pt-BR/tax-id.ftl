### TaxIdText (pt-BR)
## The tax IDs page.

tax-id-list-heading = Seus números fiscais
tax-id-empty = Você ainda não adicionou nenhum número fiscal.
tax-id-column-type = Tipo
tax-id-column-number = Número
tax-id-column-status = Verificação
tax-id-column-actions = Ações
tax-id-unverified = Não verificado
tax-id-pending = Verificação pendente
tax-id-verified = Verificado
tax-id-unavailable = Verificação indisponível
tax-id-remove-number = Remover { $number }
tax-id-confirm-heading = Remover este número fiscal?
tax-id-confirm-text = { $number } deixará de aparecer nas suas faturas.
tax-id-confirm-button = Sim, remover { $number }
tax-id-keep = Manter
tax-id-add-heading = Adicionar um número fiscal
tax-id-type-label = Tipo (obrigatório)
tax-id-type-option = { $type } (ex.: { $example })
tax-id-value-label = Número (obrigatório)
tax-id-value-hint = { $type }: por exemplo, { $example }. Espaços, pontos e hifens são ignorados.
tax-id-add-button = Adicionar número fiscal
tax-id-added = Número fiscal adicionado.
tax-id-removed = Número fiscal removido.
