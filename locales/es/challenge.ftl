### ChallengeText (es)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Modo de prueba: este paso sustituye a la verificación de tu banco (3-D Secure). Elige la respuesta que daría tu banco.
challenge-approve = Aprobar
challenge-refuse = Rechazar
