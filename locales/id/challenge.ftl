### ChallengeText (id)
## The bank challenge's texts, the same on every page.

challenge-test-notice = Mode uji: langkah ini menggantikan pemeriksaan oleh bank Anda (3-D Secure). Pilih jawaban yang akan diberikan bank Anda.
challenge-approve = Setujui
challenge-refuse = Tolak
