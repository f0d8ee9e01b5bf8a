### ChallengeText (pt)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Modo de teste: este passo substitui a verificação do seu banco (3-D Secure). Escolha a resposta que o seu banco daria.
challenge-approve = Aprovar
challenge-refuse = Recusar
