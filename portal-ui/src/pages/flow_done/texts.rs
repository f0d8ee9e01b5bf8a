//! Texts of the end of a deep-link flow, `/done` (see `i18n::catalog`).

use crate::catalog;

catalog! {
    /// Texts of the end of a deep-link flow.
    pub enum FlowText {
        DoneHeading => {
            En: "All done", Fr: "C'est fait", De: "Erledigt", Es: "Listo", It: "Fatto",
            Nl: "Klaar", Pt: "Concluído", PtBr: "Tudo pronto", Sv: "Klart", Da: "Færdig",
            Nb: "Ferdig", Fi: "Valmis", Pl: "Gotowe", Cs: "Hotovo", Ja: "完了しました",
            ZhHans: "已完成", Ko: "완료되었습니다", Tr: "Tamamlandı", Ar: "تم بنجاح",
            He: "הפעולה הושלמה", Uk: "Готово", El: "Ολοκληρώθηκε",
        },
        DoneDefault => {
            En: "Your change has been saved.",
            Fr: "Votre modification a été enregistrée.",
            De: "Ihre Änderung wurde gespeichert.",
            Es: "Se ha guardado tu cambio.",
            It: "La modifica è stata salvata.",
            Nl: "Je wijziging is opgeslagen.",
            Pt: "A sua alteração foi guardada.",
            PtBr: "Sua alteração foi salva.",
            Sv: "Din ändring har sparats.",
            Da: "Din ændring er gemt.",
            Nb: "Endringen din er lagret.",
            Fi: "Muutoksesi on tallennettu.",
            Pl: "Twoja zmiana została zapisana.",
            Cs: "Vaše změna byla uložena.",
            Ja: "変更が保存されました。",
            ZhHans: "您的更改已保存。",
            Ko: "변경 사항이 저장되었습니다.",
            Tr: "Değişikliğiniz kaydedildi.",
            Ar: "تم حفظ التغيير.",
            He: "השינוי נשמר.",
            Uk: "Вашу зміну збережено.",
            El: "Η αλλαγή σας αποθηκεύτηκε.",
        },
    }
}
