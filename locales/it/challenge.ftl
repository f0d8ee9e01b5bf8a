### ChallengeText (it)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Modalità di test: questo passaggio sostituisce la verifica della tua banca (3-D Secure). Scegli la risposta che darebbe la tua banca.
challenge-approve = Approva
challenge-refuse = Rifiuta
