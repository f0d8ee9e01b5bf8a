### TaxIdText (en)
## The tax IDs page.

tax-id-list-heading = Your tax IDs
tax-id-empty = You have not added a tax ID yet.
tax-id-column-type = Type
tax-id-column-number = Number
tax-id-column-status = Verification
tax-id-column-actions = Actions
tax-id-unverified = Not verified
tax-id-pending = Verification pending
tax-id-verified = Verified
tax-id-unavailable = Verification unavailable
tax-id-remove-number = Remove { $number }
tax-id-confirm-heading = Remove this tax ID?
tax-id-confirm-text = { $number } will no longer appear on your invoices.
tax-id-confirm-button = Yes, remove { $number }
tax-id-keep = Keep it
tax-id-add-heading = Add a tax ID
tax-id-type-label = Type (required)
tax-id-type-option = { $type } (e.g. { $example })
tax-id-value-label = Number (required)
tax-id-value-hint = { $type }: for example { $example }. Spaces, dots and hyphens are ignored.
tax-id-add-button = Add tax ID
tax-id-added = Tax ID added.
tax-id-removed = Tax ID removed.
