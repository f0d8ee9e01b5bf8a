### FlowText (id)
## Texts of the end of a deep-link flow.

flow-done-heading = Selesai
flow-done-default = Perubahan Anda telah disimpan.
