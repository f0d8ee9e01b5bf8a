### TaxIdText (es)
## The tax IDs page.

tax-id-list-heading = Tus identificadores fiscales
tax-id-empty = Todavía no has añadido ningún identificador fiscal.
tax-id-column-type = Tipo
tax-id-column-number = Número
tax-id-column-status = Verificación
tax-id-column-actions = Acciones
tax-id-unverified = Sin verificar
tax-id-pending = Verificación pendiente
tax-id-verified = Verificado
tax-id-unavailable = Verificación no disponible
tax-id-remove-number = Eliminar { $number }
tax-id-confirm-heading = ¿Eliminar este identificador fiscal?
tax-id-confirm-text = { $number } dejará de aparecer en tus facturas.
tax-id-confirm-button = Sí, eliminar { $number }
tax-id-keep = Conservarlo
tax-id-add-heading = Añadir un identificador fiscal
tax-id-type-label = Tipo (obligatorio)
tax-id-type-option = { $type } (p. ej., { $example })
tax-id-value-label = Número (obligatorio)
tax-id-value-hint = { $type }: por ejemplo, { $example }. Se ignoran los espacios, puntos y guiones.
tax-id-add-button = Añadir identificador fiscal
tax-id-added = Identificador fiscal añadido.
tax-id-removed = Identificador fiscal eliminado.
