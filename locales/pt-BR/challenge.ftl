### ChallengeText (pt-BR)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Modo de teste: esta etapa substitui a verificação do seu banco (3-D Secure). Escolha a resposta que seu banco daria.
challenge-approve = Aprovar
challenge-refuse = Recusar
