<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="fr">
<context>
    <name>ActivityExports</name>
    <message>
        <source>Pour les financeurs</source>
        <translation>Destekçiler için</translation>
    </message>
    <message>
        <source>Nom de l&apos;association</source>
        <translation>Derneğin adı</translation>
    </message>
    <message>
        <source>Nom de l&apos;association, en tête du rapport</source>
        <translation>Derneğin adı, raporun başında</translation>
    </message>
    <message>
        <source>Tableau (CSV)</source>
        <translation>Tablo (CSV)</translation>
    </message>
    <message>
        <source>Enregistrer le tableau des chiffres (CSV)</source>
        <translation>Sayı tablosunu kaydet (CSV)</translation>
    </message>
    <message>
        <source>Rapport d&apos;une page (PDF)</source>
        <translation>Tek sayfalık rapor (PDF)</translation>
    </message>
    <message>
        <source>Enregistrer le rapport d&apos;une page (PDF)</source>
        <translation>Tek sayfalık raporu kaydet (PDF)</translation>
    </message>
    <message>
        <source>Tableau (*.csv)</source>
        <translation>Tablo (*.csv)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF belgesi (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Kaydedildi: %1</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activité</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Dönem</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <source>Les %1 derniers mois</source>
        <translation>Son %1 ay</translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation>Dönem: %1</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>oturum</translation>
    </message>
    <message>
        <source>menées au bout</source>
        <translation>sonuna kadar götürüldü</translation>
    </message>
    <message>
        <source>demandes d&apos;aide et blocages</source>
        <translation>yardım isteği ve takılma</translation>
    </message>
    <message>
        <source>appels « J&apos;ai besoin d&apos;aide »</source>
        <translation>“Yardıma ihtiyacım var” çağrısı</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Aya ve konuya göre oturumlar</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Accompagnées ou en autonomie</source>
        <translation>Eşlikli ya da kendi başına</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Rehberler</translation>
    </message>
</context>
<context>
    <name>BlockedNotice</name>
    <message>
        <source>Revenir à la démarche</source>
        <translation>İşleme geri dön</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>İşleme devam et</translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message numerus="yes">
        <source>%1 : %n session(s)</source>
        <translation>
            <numerusform>%1: %n oturum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Choisir une démarche</source>
        <translation>Bir işlem seçin</translation>
    </message>
    <message>
        <source>Chercher une démarche, dans votre langue</source>
        <translation>Kendi dilinizde bir işlem arayın</translation>
    </message>
    <message>
        <source>Chercher une démarche</source>
        <translation>İşlem ara</translation>
    </message>
    <message>
        <source>Aucune démarche trouvée</source>
        <translation>Hiç işlem bulunamadı</translation>
    </message>
    <message>
        <source>Essayez un autre mot, ou demandez au médiateur.</source>
        <translation>Başka bir kelime deneyin veya danışmana sorun.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Travail et emploi</source>
        <translation>İş ve iş arama</translation>
    </message>
    <message>
        <source>Famille et allocations (CAF)</source>
        <translation>Aile ve yardımlar (CAF)</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <source>Impôts et argent</source>
        <translation>Vergi ve para</translation>
    </message>
    <message>
        <source>Papiers d&apos;identité et titre de séjour</source>
        <translation>Kimlik belgeleri ve oturma izni</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Konut</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Ulaşım</translation>
    </message>
    <message>
        <source>Justice et droits</source>
        <translation>Adalet ve haklar</translation>
    </message>
    <message>
        <source>Premiers pas sur la tablette</source>
        <translation>Tablette ilk adımlar</translation>
    </message>
    <message>
        <source>Vie quotidienne</source>
        <translation>Günlük yaşam</translation>
    </message>
</context>
<context>
    <name>CategoryTile</name>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n rehber</numerusform>
        </translation>
    </message>
    <message>
        <source>Bientôt</source>
        <translation>Yakında</translation>
    </message>
</context>
<context>
    <name>DeskLists</name>
    <message>
        <source>Où les personnes s&apos;arrêtent</source>
        <translation>İnsanların durduğu yer</translation>
    </message>
    <message>
        <source>Aucune session abandonnée sur la période.</source>
        <translation>Bu dönemde yarım kalan oturum yok.</translation>
    </message>
    <message numerus="yes">
        <source>%1, étape %2 : %n session(s)</source>
        <translation>
            <numerusform>%1, adım %2: %n oturum</numerusform>
        </translation>
    </message>
    <message>
        <source>Santé des guides (30 derniers jours)</source>
        <translation>Rehberlerin durumu (son 30 gün)</translation>
    </message>
    <message>
        <source>Toutes les cibles ont été trouvées du premier coup.</source>
        <translation>Tüm hedefler ilk denemede bulundu.</translation>
    </message>
    <message>
        <source>%1, étape %2 (%3) : introuvable %4 fois, trouvée autrement %5 fois</source>
        <translation>%1, adım %2 (%3): %4 kez bulunamadı, %5 kez başka yolla bulundu</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>Bir belge seçin</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>Bu oturumda hiç belge yok</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <extracomment>The button is disabled when the tablet has no working camera</extracomment>
        <translation>Fotoğraf çek</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo : choisissez un document ci-dessous</source>
        <translation>Kamera yok: aşağıdan bir belge seçin</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Fermer</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Fermer le document</source>
        <translation>Belgeyi kapat</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Belgeyi yazdır</translation>
    </message>
</context>
<context>
    <name>DocumentsDrawer</name>
    <message>
        <source>Mes documents</source>
        <translation>Belgelerim</translation>
    </message>
    <message>
        <source>Ils seront effacés à la fin de la démarche. Imprimez ceux que vous voulez garder.</source>
        <translation>Belgeler işlemin sonunda silinecek. Saklamak istediklerinizi yazdırın.</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>Aç: %1</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant</source>
        <translation>Şimdilik hiç belge yok</translation>
    </message>
    <message>
        <source>Fermer la liste des documents</source>
        <translation>Belge listesini kapat</translation>
    </message>
</context>
<context>
    <name>EditorStepCard</name>
    <message>
        <source>Étape %1</source>
        <extracomment>A step&apos;s number in the guide editor</extracomment>
        <translation>Adım %1</translation>
    </message>
    <message>
        <source>Monter l&apos;étape</source>
        <extracomment>Guide editor: move the step one place up</extracomment>
        <translation>Adımı yukarı taşı</translation>
    </message>
    <message>
        <source>Descendre l&apos;étape</source>
        <extracomment>Guide editor: move the step one place down</extracomment>
        <translation>Adımı aşağı taşı</translation>
    </message>
    <message>
        <source>Copier l&apos;étape</source>
        <translation>Adımı kopyala</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>Adımı sil</translation>
    </message>
    <message>
        <source>Essayer d&apos;ici</source>
        <extracomment>Guide editor: play the guide in a session, from this step</extracomment>
        <translation>Buradan dene</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>Yönerge</translation>
    </message>
    <message>
        <source>L&apos;étape se termine par</source>
        <translation>Adım şununla biter</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <translation>Gizli bilgi (arabulucu başını çevirir)</translation>
    </message>
    <message>
        <source>Note pour le médiateur</source>
        <translation>Arabulucu için not</translation>
    </message>
</context>
<context>
    <name>EditorTextField</name>
    <message>
        <source>Pas encore écrit dans cette langue : le français s&apos;affiche.</source>
        <extracomment>Under a text of the guide editor: this language has no text, the French one is shown</extracomment>
        <translation>Bu dilde henüz yazılmadı: Fransızcası gösterilir.</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message numerus="yes">
        <source>⏱ environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ yaklaşık %n dakika</numerusform>
        </translation>
    </message>
    <message>
        <source>en français</source>
        <extracomment>The guide is not translated: shown in French</extracomment>
        <translation>Fransızca</translation>
    </message>
    <message>
        <source>réparation locale (remplace l&apos;autre version) · v%1</source>
        <extracomment>The guide comes from a mediator&apos;s local repair folder; %1 is the guide&apos;s version number</extracomment>
        <translation>yerel onarım (diğer sürümün yerine geçer) · v%1</translation>
    </message>
    <message>
        <source>guide local · v%1</source>
        <translation>yerel rehber · v%1</translation>
    </message>
    <message>
        <source>paquet signé · v%1</source>
        <extracomment>The guide comes from the signed guide pack the tablet downloaded; %1 is the guide&apos;s version number</extracomment>
        <translation>imzalı paket · v%1</translation>
    </message>
    <message>
        <source>fourni · v%1</source>
        <extracomment>The guide was installed with the app; %1 is the guide&apos;s version number</extracomment>
        <translation>uygulamayla gelen · v%1</translation>
    </message>
</context>
<context>
    <name>GuideDetailPage</name>
    <message>
        <source>Ce guide n&apos;est pas encore traduit : il est en français.</source>
        <translation>Bu rehber henüz çevrilmedi: Fransızca.</translation>
    </message>
    <message numerus="yes">
        <source>⏱ Durée : environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ Süre: yaklaşık %n dakika</numerusform>
        </translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Başla</translation>
    </message>
    <message>
        <source>Commencer la démarche « %1 »</source>
        <translation>« %1 » işlemine başla</translation>
    </message>
    <message>
        <source>À préparer avant de commencer</source>
        <translation>Başlamadan önce hazırlayın</translation>
    </message>
    <message>
        <source>prêt</source>
        <translation>hazır</translation>
    </message>
    <message>
        <source>pas encore prêt</source>
        <translation>henüz hazır değil</translation>
    </message>
    <message>
        <source>Cochez chaque document quand vous l&apos;avez avec vous.</source>
        <translation>Yanınızda olan her belgeyi işaretleyin.</translation>
    </message>
    <message>
        <source>Langues de ce guide</source>
        <translation>Bu rehberin dilleri</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Danışman için not:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Version locale de ce guide (dossier %1) : elle remplace le guide fourni avec l&apos;application.</source>
        <translation>Bu rehberin yerel sürümü (%1 klasörü): uygulamayla gelen rehberin yerine geçer.</translation>
    </message>
    <message>
        <source>Revenir à la version d&apos;origine</source>
        <translation>Orijinal sürüme dön</translation>
    </message>
    <message>
        <source>Supprimer ce guide local</source>
        <translation>Bu yerel rehberi sil</translation>
    </message>
    <message>
        <source>Modifier ce guide</source>
        <translation>Bu rehberi düzenle</translation>
    </message>
</context>
<context>
    <name>GuideListPage</name>
    <message>
        <source>Pas encore de guide ici</source>
        <translation>Burada henüz rehber yok</translation>
    </message>
    <message>
        <source>Le médiateur peut ajouter des guides pour cette démarche.</source>
        <translation>Danışman bu işlem için rehber ekleyebilir.</translation>
    </message>
</context>
<context>
    <name>HelpSignal</name>
    <message>
        <source>Cette personne a besoin d&apos;aide</source>
        <translation>Bu kişinin yardıma ihtiyacı var</translation>
    </message>
    <message>
        <source>Un médiateur est là</source>
        <translation>Bir arabulucu burada</translation>
    </message>
    <message>
        <source>Un médiateur est là : arrêter le signal</source>
        <translation>Bir arabulucu burada: sinyali durdur</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Pas à pas</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Bonjour !</source>
        <translation>Merhaba!</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. Comment utilisez-vous la tablette aujourd&apos;hui ?</source>
        <translation>İşlemlerinizi internetten, adım adım yapın. Bugün tableti nasıl kullanıyorsunuz?</translation>
    </message>
    <message>
        <source>Session accompagnée</source>
        <translation>Danışmanla birlikte</translation>
    </message>
    <message>
        <source>Je fais ma démarche avec un médiateur ou une médiatrice à côté de moi.</source>
        <translation>İşlemimi yanımdaki bir danışmanla birlikte yapıyorum.</translation>
    </message>
    <message>
        <source>En autonomie</source>
        <translation>Tek başıma</translation>
    </message>
    <message>
        <source>Je fais ma démarche seul·e. Tout sera effacé à la fin.</source>
        <translation>İşlemimi tek başıma yapıyorum. Sonunda her şey silinecek.</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>Danışman alanı</translation>
    </message>
    <message>
        <source>Préparer une session, choisir les guides, régler la tablette.</source>
        <translation>Oturum hazırlamak, rehberleri seçmek, tableti ayarlamak.</translation>
    </message>
    <message>
        <source>Tout a été effacé : les pages visitées, ce qui a été tapé, les connexions et les documents. La tablette est prête pour la personne suivante.</source>
        <translation>Her şey silindi: açılan sayfalar, yazılanlar, hesap girişleri ve belgeler. Tablet bir sonraki kişi için hazır.</translation>
    </message>
    <message>
        <source>Médiateur : choisissez un code pour protéger les réglages et le mode autonome.</source>
        <translation>Danışman: ayarları ve tek başına kullanım modunu korumak için bir kod seçin.</translation>
    </message>
    <message>
        <source>Choisir le code</source>
        <translation>Kodu seçin</translation>
    </message>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Danışman kodunu seçin</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. À la fin, tout est effacé.</source>
        <translation>İşlemlerinizi internetten, adım adım yapın. Sonunda her şey silinir.</translation>
    </message>
    <message>
        <source>Commencer une démarche</source>
        <translation>Bir işleme başla</translation>
    </message>
    <message>
        <source>Médiateur : déverrouiller</source>
        <translation>Danışman: kilidi aç</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <source>un hôte s&apos;écrit comme « www.caf.fr » ou « *.caf.fr » (minuscules, sans https:// ni /)</source>
        <translation>site adı « www.caf.fr » veya « *.caf.fr » gibi yazılır (küçük harflerle, https:// ve / olmadan)</translation>
    </message>
    <message>
        <source>ligne %1 : « %2 » : %3</source>
        <translation>satır %1: « %2 »: %3</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message numerus="yes">
        <source>%n seconde(s) avant l&apos;effacement</source>
        <translation>
            <numerusform>Silinmeye %n saniye kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Sans réponse, tout ce que vous avez fait sera effacé pour la personne suivante.</source>
        <translation>Cevap vermezseniz, yaptığınız her şey bir sonraki kişi için silinecek.</translation>
    </message>
    <message>
        <source>Oui, je continue</source>
        <translation>Evet, devam ediyorum</translation>
    </message>
    <message>
        <source>Vos documents téléchargés seront effacés aussi.</source>
        <translation>İndirdiğiniz belgeler de silinecek.</translation>
    </message>
</context>
<context>
    <name>LanguageAction</name>
    <message>
        <source>Langue</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>Dili seçin</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choisir la langue</source>
        <translation>Dili seçin</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Pas à pas</source>
        <translation>Pas à pas</translation>
    </message>
    <message>
        <source>Ce guide ne peut pas démarrer.</source>
        <translation>Bu rehber başlatılamıyor.</translation>
    </message>
    <message>
        <source>Guide enregistré : il est dans le catalogue, marqué « guide local ».</source>
        <extracomment>After a guide was recorded; the button opens the guide editor</extracomment>
        <translation>Sürüm %1, %2 tarihli, %3 rehber</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Düzenle</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>Danışman alanı</translation>
    </message>
    <message>
        <source>Préparer une session</source>
        <translation>Oturum hazırla</translation>
    </message>
    <message>
        <source>Voir les guides</source>
        <translation>Rehberleri gör</translation>
    </message>
    <message>
        <source>Choisir un guide et les documents à préparer.</source>
        <translation>Bir rehber ve hazırlanacak belgeleri seçmek.</translation>
    </message>
    <message>
        <source>Passer en session accompagnée</source>
        <translation>Danışmanla birlikte oturuma geç</translation>
    </message>
    <message>
        <source>Verrouiller en mode autonome</source>
        <translation>Tek başına kullanım modunda kilitle</translation>
    </message>
    <message>
        <source>Pour prêter la tablette : seuls les sites des guides s&apos;ouvrent, et tout est effacé à la fin. Le code médiateur sert à sortir.</source>
        <translation>Tableti ödünç vermek için: yalnızca rehberlerdeki siteler açılır ve sonunda her şey silinir. Çıkmak için danışman kodu gerekir.</translation>
    </message>
    <message>
        <source>Mode autonome</source>
        <translation>Tek başına kullanım modu</translation>
    </message>
    <message>
        <source>Minutes sans toucher l&apos;écran avant d&apos;effacer</source>
        <translation>Silmeden önce ekrana dokunulmayan dakika sayısı</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides (un par ligne, par exemple « franceconnect.gouv.fr » ou « *.ameli.fr »)</source>
        <translation>Tüm rehberlerde izin verilen siteler (her satıra bir tane, örneğin « franceconnect.gouv.fr » veya « *.ameli.fr »)</translation>
    </message>
    <message>
        <source>Enregistrer les sites autorisés</source>
        <translation>İzin verilen siteleri kaydet</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Kaydedildi.</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>Güvenlik</translation>
    </message>
    <message>
        <source>Changer le code médiateur</source>
        <translation>Danışman kodunu değiştir</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides</source>
        <translation>Tüm rehberlerde izin verilen siteler</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <source>Les chiffres anonymes de l&apos;accueil, pour les financeurs.</source>
        <translation>Danışma masasının anonim sayıları, destekçiler için.</translation>
    </message>
    <message>
        <source>Créer un guide</source>
        <translation>Rehber oluştur</translation>
    </message>
    <message>
        <source>Faire la démarche une fois sur le vrai site : chaque appui devient une étape.</source>
        <translation>İşlemi gerçek sitede bir kez yapın: her dokunuş bir adım olur.</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>%1 : %2 sessions, %3 menées au bout</source>
        <translation>%1: %2 oturum, %3 sonuna kadar</translation>
    </message>
</context>
<context>
    <name>PackChannelCard</name>
    <message>
        <source>Guides de la flotte</source>
        <translation>Ağın rehberleri</translation>
    </message>
    <message>
        <source>Paquet de guides installé</source>
        <translation>Yüklü rehber paketi</translation>
    </message>
    <message>
        <source>Version %1 du %2, %3 guide(s)</source>
        <extracomment>%1 is the pack&apos;s version number, %2 its date, %3 how many guides it holds</extracomment>
        <translation>Sürüm %1, %2 tarihli, %3 rehber</translation>
    </message>
    <message>
        <source>Aucun : les guides fournis avec l&apos;application</source>
        <translation>Yok: uygulamayla gelen rehberler</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>Denetleniyor…</translation>
    </message>
    <message>
        <source>Dernière vérification le %1</source>
        <translation>Son denetim: %1</translation>
    </message>
    <message>
        <source>Jamais vérifié</source>
        <translation>Hiç denetlenmedi</translation>
    </message>
    <message>
        <source>Vérifier maintenant</source>
        <translation>Şimdi denetle</translation>
    </message>
    <message>
        <source>Revenir au paquet précédent</source>
        <translation>Önceki pakete dön</translation>
    </message>
    <message>
        <source>La version %1. La version actuelle ne sera plus installée.</source>
        <extracomment>%1 is the previous pack&apos;s version number</extracomment>
        <translation>Sürüm %1. Şimdiki sürüm bir daha yüklenmeyecek.</translation>
    </message>
    <message>
        <source>Les guides fournis avec l&apos;application. La version actuelle ne sera plus installée.</source>
        <translation>Uygulamayla gelen rehberler. Şimdiki sürüm bir daha yüklenmeyecek.</translation>
    </message>
    <message>
        <source>Adresse du paquet (https://…/guides.tar.zst)</source>
        <translation>Paket adresi (https://…/guides.tar.zst)</translation>
    </message>
    <message>
        <source>Clés publiques de confiance, une par ligne (la dernière ligne du fichier .pub ; deux pendant un changement de clé)</source>
        <translation>Güvenilen açık anahtarlar, her satıra bir tane (.pub dosyasının son satırı; anahtar değişirken iki tane)</translation>
    </message>
    <message>
        <source>Clés enregistrées : %1</source>
        <extracomment>%1: the key ids, as minisign prints them</extracomment>
        <translation>Kayıtlı anahtarlar: %1</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;adresse et les clés</source>
        <translation>Adresi ve anahtarları kaydet</translation>
    </message>
    <message>
        <source>Enregistré. La tablette vérifie le paquet maintenant, puis toutes les quatre heures.</source>
        <translation>Kaydedildi. Tablet paketi şimdi, sonra her dört saatte bir denetler.</translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Retour</source>
        <translation>Geri</translation>
    </message>
</context>
<context>
    <name>PageProblem</name>
    <message>
        <source>La page ne s&apos;ouvre pas</source>
        <translation>Sayfa açılmıyor</translation>
    </message>
    <message>
        <source>La page s&apos;est fermée</source>
        <translation>Sayfa kapandı</translation>
    </message>
    <message>
        <source>Le site a un problème</source>
        <translation>Sitede bir sorun var</translation>
    </message>
    <message>
        <source>La tablette n&apos;arrive pas à joindre le site. Vérifiez le Wi-Fi, puis réessayez.</source>
        <translation>Tablet siteye bağlanamıyor. Wi-Fi&apos;yi kontrol edin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas de votre faute. On peut reprendre à la dernière bonne page.</source>
        <translation>Bu sizin hatanız değil. Son doğru sayfadan devam edebiliriz.</translation>
    </message>
    <message>
        <source>Le site ne répond pas comme d&apos;habitude. Réessayez dans un instant, ou appelez le médiateur.</source>
        <translation>Site her zamanki gibi çalışmıyor. Biraz sonra tekrar deneyin veya danışmanı çağırın.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas sûr</source>
        <extracomment>The site&apos;s certificate is not valid: it may be a fake site</extracomment>
        <translation>Bu site güvenli değil</translation>
    </message>
    <message>
        <source>Le site met du temps à répondre</source>
        <extracomment>The page has been loading for a long while</extracomment>
        <translation>Site geç cevap veriyor</translation>
    </message>
    <message>
        <source>Le site ne prouve pas qui il est. N&apos;écrivez rien. Appelez le médiateur.</source>
        <translation>Site kim olduğunu kanıtlamıyor. Hiçbir şey yazmayın. Arabulucuyu çağırın.</translation>
    </message>
    <message>
        <source>Attendez encore un peu, ou réessayez.</source>
        <translation>Biraz daha bekleyin ya da yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>PaperCaptureView</name>
    <message>
        <source>Posez la feuille à plat dans le cadre, puis appuyez sur le gros bouton rond.</source>
        <translation>Kâğıdı çerçevenin içine düz koyun, sonra büyük yuvarlak düğmeye basın.</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo sur cette tablette. Choisissez un document de la session.</source>
        <translation>Bu tablette kamera yok. Oturumdan bir belge seçin.</translation>
    </message>
    <message>
        <source>Déplacez les quatre ronds sur les coins de la feuille. Tournez la photo si le texte est de travers.</source>
        <translation>Dört yuvarlağı kâğıdın köşelerine taşıyın. Yazı yan duruyorsa fotoğrafı döndürün.</translation>
    </message>
    <message>
        <source>Ajoutez une page si le papier en a plusieurs. Choisissez ce que c&apos;est, puis appuyez sur « Envoyer ».</source>
        <translation>Belgenin birden çok sayfası varsa sayfa ekleyin. Ne olduğunu seçin, sonra « Gönder » düğmesine basın.</translation>
    </message>
    <message>
        <source>Préparation du fichier…</source>
        <translation>Dosya hazırlanıyor…</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <translation>Fotoğraf çek</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <source>Lire la consigne à voix haute</source>
        <translation>Talimatı sesli oku</translation>
    </message>
</context>
<context>
    <name>PaperCrop</name>
    <message>
        <source>La photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>Coin en haut à gauche</source>
        <translation>Sol üst köşe</translation>
    </message>
    <message>
        <source>Coin en haut à droite</source>
        <translation>Sağ üst köşe</translation>
    </message>
    <message>
        <source>Coin en bas à droite</source>
        <translation>Sağ alt köşe</translation>
    </message>
    <message>
        <source>Coin en bas à gauche</source>
        <translation>Sol alt köşe</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Yeniden çek</translation>
    </message>
    <message>
        <source>Reprendre la photo</source>
        <translation>Fotoğrafı yeniden çek</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>Döndür</translation>
    </message>
    <message>
        <source>Tourner la photo d&apos;un quart de tour</source>
        <translation>Fotoğrafı çeyrek tur döndür</translation>
    </message>
    <message>
        <source>Garder cette page</source>
        <translation>Bu sayfayı tut</translation>
    </message>
</context>
<context>
    <name>PaperPages</name>
    <message>
        <source>Ajouter une page</source>
        <translation>Sayfa ekle</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sayfa %1</translation>
    </message>
    <message>
        <source>Enlever la page %1</source>
        <translation>%1. sayfayı çıkar</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Envoyer le document au site</source>
        <translation>Belgeyi siteye gönder</translation>
    </message>
</context>
<context>
    <name>PaperViewfinder</name>
    <message>
        <source>Pas d&apos;appareil photo</source>
        <translation>Kamera yok</translation>
    </message>
    <message>
        <source>Cette tablette n&apos;a pas d&apos;appareil photo qui marche. Vous pouvez choisir un document déjà dans la session.</source>
        <translation>Bu tablette çalışan bir kamera yok. Oturumda olan bir belgeyi seçebilirsiniz.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>Belgelerim</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Fotoğrafı çek</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Danışman kodunu seçin</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>Danışman kodu</translation>
    </message>
    <message>
        <source>Tapez le code médiateur.</source>
        <translation>Danışman kodunu yazın.</translation>
    </message>
    <message>
        <source>Choisissez un code de 4 à 8 chiffres. Ne le donnez qu&apos;aux médiateurs.</source>
        <translation>4 ile 8 rakam arası bir kod seçin. Bu kodu yalnızca danışmanlara verin.</translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois.</source>
        <translation>Aynı kodu bir kez daha yazın.</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>%n rakam yazıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Çok fazla deneme yapıldı. %n saniye sonra tekrar deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>Bir rakamı sil</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Kodu onayla</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Étape proposée</source>
        <translation>Önerilen adım</translation>
    </message>
    <message>
        <source>Appuyez sur un élément du site</source>
        <translation>Sitenin bir öğesine dokunun</translation>
    </message>
    <message>
        <source>La page ne réagit pas encore : l&apos;élément est entouré et une étape est proposée ici.</source>
        <translation>Sayfa henüz tepki vermez: öğe çerçevelenir ve burada bir adım önerilir.</translation>
    </message>
    <message>
        <source>Consigne de l&apos;étape</source>
        <translation>Adım talimatı</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <extracomment>The step asks for a secret (password, IBAN…): the mediator looks away</extracomment>
        <translation>Gizli bilgi (arabulucu başını çevirir)</translation>
    </message>
    <message>
        <source>Étape ajoutée</source>
        <translation>Adım eklendi</translation>
    </message>
    <message>
        <source>Ajouter l&apos;étape</source>
        <translation>Adımı ekle</translation>
    </message>
    <message>
        <source>Appuyez sur l&apos;élément</source>
        <translation>Öğeye dokunun</translation>
    </message>
    <message>
        <source>Faire l&apos;action</source>
        <translation>İşlemi yap</translation>
    </message>
    <message>
        <source>Étape « C&apos;est fait »</source>
        <extracomment>A step with no element: the person reads the page, then presses « C&apos;est fait »</extracomment>
        <translation>« C&apos;est fait » adımı</translation>
    </message>
    <message>
        <source>Étapes enregistrées : %1</source>
        <translation>Kaydedilen adımlar: %1</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Rehberi kaydet</translation>
    </message>
</context>
<context>
    <name>RepairCard</name>
    <message>
        <source>Est-ce le bon élément&#xa0;?</source>
        <extracomment>A mediator repairing a guide step tapped an element of the web page; the card asks to confirm it</extracomment>
        <translation>Doğru öğe bu mu?</translation>
    </message>
    <message>
        <source>Touchez le bon élément sur la page</source>
        <extracomment>A mediator repairs a guide step whose target the app cannot find: they tap the right element of the web page</extracomment>
        <translation>Sayfadaki doğru öğeye dokunun</translation>
    </message>
    <message>
        <source>Réparer l&apos;étape %1</source>
        <extracomment>Title of the card while a mediator repairs a guide step; %1 is the step number</extracomment>
        <translation>%1. adımı onar</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <source>La page ne réagit pas pendant la réparation : l&apos;élément touché est entouré et décrit ici.</source>
        <translation>Onarım sırasında sayfa tepki vermez: dokunduğunuz öğe çerçevelenir ve burada tanımlanır.</translation>
    </message>
    <message>
        <source>(sans texte)</source>
        <extracomment>The element a mediator tapped has no words (an icon, a picture)</extracomment>
        <translation>(metin yok)</translation>
    </message>
    <message>
        <source>Pas le bon ? Touchez un autre élément de la page.</source>
        <translation>Doğru öğe değil mi? Sayfadaki başka bir öğeye dokunun.</translation>
    </message>
    <message>
        <source>Utiliser cet élément</source>
        <translation>Bu öğeyi kullan</translation>
    </message>
    <message>
        <source>Utiliser cet élément : l&apos;étape est réparée</source>
        <translation>Bu öğeyi kullan: adım onarılır</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Annuler la réparation</source>
        <translation>Onarımı iptal et</translation>
    </message>
    <message>
        <source>Champ à remplir</source>
        <extracomment>What the element a mediator tapped to repair a step is</extracomment>
        <translation>Doldurulacak alan</translation>
    </message>
    <message>
        <source>Liste de choix</source>
        <translation>Seçenek listesi</translation>
    </message>
    <message>
        <source>Case à cocher</source>
        <translation>Onay kutusu</translation>
    </message>
    <message>
        <source>Choix</source>
        <translation>Seçenek</translation>
    </message>
    <message>
        <source>Bouton ou lien</source>
        <translation>Düğme veya bağlantı</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Belge kaydedildi: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Sayfa yükleniyor</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>Belgelerim (%1)</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Önceki sayfa</translation>
    </message>
    <message>
        <source>Je prends la main</source>
        <translation>Ben devralıyorum</translation>
    </message>
    <message>
        <source>Vous avez demandé de l&apos;aide. Un médiateur va venir.</source>
        <translation>Yardım istediniz. Bir arabulucu gelecek.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <translation>Bu adımı onar</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Lecture à voix haute, taille du texte, contraste</source>
        <translation>Sesli okuma, yazı boyutu, kontrast</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Lecture à voix haute</source>
        <translation>Sesli okuma</translation>
    </message>
    <message>
        <source>Lire chaque étape automatiquement</source>
        <translation>Her adımı otomatik oku</translation>
    </message>
    <message>
        <source>Vitesse de lecture</source>
        <translation>Okuma hızı</translation>
    </message>
    <message>
        <source>Lente</source>
        <translation>Yavaş</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Rapide</source>
        <translation>Hızlı</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation>Yazı boyutu</translation>
    </message>
    <message>
        <source>Normale (100 %)</source>
        <translation>Normal (% 100)</translation>
    </message>
    <message>
        <source>Grande (150 %)</source>
        <translation>Büyük (% 150)</translation>
    </message>
    <message>
        <source>Très grande (200 %)</source>
        <translation>Çok büyük (% 200)</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Yüksek karşıtlık</translation>
    </message>
    <message>
        <source>Texte blanc sur fond noir, repères en jaune.</source>
        <translation>Siyah üzerine beyaz yazı, sarı işaretler.</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Terminé</source>
        <translation>Bitti</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Adım %1 / %2</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <source>Bravo ! La démarche est terminée.</source>
        <translation>Tebrikler! İşlem tamamlandı.</translation>
    </message>
    <message>
        <source>(pas encore traduit : en français)</source>
        <extracomment>Shown when a guide step is not translated into the person&apos;s language</extracomment>
        <translation>(henüz çevrilmedi: Fransızca)</translation>
    </message>
    <message>
        <source>Sur le site, cherchez :</source>
        <translation>Sitede şunu arayın:</translation>
    </message>
    <message>
        <source>Information secrète : tapez-la vous-même. Le médiateur regarde ailleurs, et l&apos;application ne la lit pas.</source>
        <translation>Gizli bilgi: bunu kendiniz yazın. Danışman başka yere bakar, uygulama da bunu okumaz.</translation>
    </message>
    <message>
        <source>Je ne trouve pas « %1 » sur cette page. Cherchez ces mots sur la page, ou demandez de l&apos;aide.</source>
        <translation>Bu sayfada « %1 » yazısını bulamıyorum. Bu kelimeleri sayfada arayın veya yardım isteyin.</translation>
    </message>
    <message>
        <source>Je ne trouve pas l&apos;endroit sur cette page. Cherchez-le, ou demandez de l&apos;aide.</source>
        <translation>Doğru yeri bu sayfada bulamıyorum. Onu siz arayın veya yardım isteyin.</translation>
    </message>
    <message>
        <source>Vous n&apos;êtes pas sur la bonne page pour cette étape.</source>
        <translation>Bu adım için doğru sayfada değilsiniz.</translation>
    </message>
    <message>
        <source>Revenir à la bonne page</source>
        <translation>Doğru sayfaya dön</translation>
    </message>
    <message>
        <source>Pas de souci. Le médiateur va venir vous aider. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Sorun değil. Danışman size yardım etmeye gelecek. Hazır olduğunuzda devam da edebilirsiniz.</translation>
    </message>
    <message>
        <source>Pas de souci. Demandez de l&apos;aide à l&apos;accueil. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Sorun değil. Girişteki görevliden yardım isteyin. Hazır olduğunuzda devam da edebilirsiniz.</translation>
    </message>
    <message>
        <source>Pour le médiateur : %1</source>
        <translation>Danışman için: %1</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>Yaptım</translation>
    </message>
    <message>
        <source>C&apos;est fait : étape suivante</source>
        <translation>Yaptım: sonraki adım</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>Önceki adım</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Çık</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>Oturumu bitir</translation>
    </message>
    <message>
        <source>Quitter la démarche</source>
        <translation>İşlemden çık</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <source>Lire l&apos;étape à voix haute</source>
        <translation>Adımı sesli oku</translation>
    </message>
    <message>
        <source>Choisissez ce qui vous correspond. Toutes les réponses conviennent.</source>
        <extracomment>Under the instruction of a step where the person makes their own choice (their situation, a kind of contract): any answer is fine</extracomment>
        <translation>Size uyanı seçin. Her cevap olur.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez le message sur les cookies. Appuyez sur le bouton montré.</source>
        <extracomment>A cookie consent banner covers the page; the app highlights its &quot;refuse&quot; (or &quot;accept&quot;) button</extracomment>
        <translation>Size uyanı seçin. Her cevap olur.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez ce message du site. Appuyez sur le bouton montré.</source>
        <extracomment>A pop-in window of the web site covers the page; the app highlights its close button</extracomment>
        <translation>Önce çerezlerle (cookies) ilgili mesajı kapatın. Gösterilen düğmeye dokunun.</translation>
    </message>
    <message>
        <source>Pas de souci. Votre appel s&apos;affiche en haut de l&apos;écran : un médiateur va venir. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Sorun değil. Çağrınız ekranın üstünde görünüyor: bir arabulucu gelecek. Hazır olduğunuzda devam da edebilirsiniz.</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>Yardım istiyorum</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>Yardıma ihtiyacım var: bir arabulucu çağır</translation>
    </message>
    <message>
        <source>D&apos;abord, ouvrez cette partie de la page. Appuyez sur l&apos;endroit montré.</source>
        <extracomment>The place to tap is in a closed part of the page (a section to unfold, a tab); the app highlights what opens it</extracomment>
        <translation>Önce sayfanın bu bölümünü açın. Gösterilen yere dokunun.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <extracomment>A mediator shows the app the right element of the page for a step whose target the app cannot find</extracomment>
        <translation>Bu adımı onar</translation>
    </message>
    <message>
        <source>Réparer cette étape : montrer le bon élément</source>
        <translation>Bu adımı onar: doğru öğeyi göster</translation>
    </message>
</context>
<context>
    <name>StudioEditorPage</name>
    <message>
        <source>Modifier : %1</source>
        <extracomment>Title of the guide editor; %1 is the guide&apos;s French title</extracomment>
        <translation>Düzenle: %1</translation>
    </message>
    <message>
        <source>Langue des textes</source>
        <extracomment>Guide editor: the language the texts below are typed in</extracomment>
        <translation>Metinlerin dili</translation>
    </message>
    <message>
        <source>Les textes manquants s&apos;affichent en français.</source>
        <translation>Eksik metinler Fransızca gösterilir.</translation>
    </message>
    <message>
        <source>Le guide</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Özet</translation>
    </message>
    <message>
        <source>Notes pour le médiateur</source>
        <translation>Arabulucu için notlar</translation>
    </message>
    <message>
        <source>Document à préparer %1</source>
        <extracomment>Guide editor: a document the person prepares before starting</extracomment>
        <translation>Hazırlanacak belge %1</translation>
    </message>
    <message>
        <source>Retirer ce document</source>
        <translation>Bu belgeyi kaldır</translation>
    </message>
    <message>
        <source>Ajouter un document à préparer</source>
        <translation>Hazırlanacak bir belge ekle</translation>
    </message>
    <message>
        <source>Les étapes (%1)</source>
        <translation>Adımlar (%1)</translation>
    </message>
    <message>
        <source>Ce guide ne peut pas démarrer.</source>
        <translation>Bu rehber başlatılamıyor.</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Rehberi kaydet</translation>
    </message>
    <message>
        <source>Le guide est vérifié, puis enregistré sur cette tablette (version %1).</source>
        <translation>Rehber kontrol edilir, sonra bu tablete kaydedilir (sürüm %1).</translation>
    </message>
    <message>
        <source>Exporter vers un dossier</source>
        <translation>Bir klasöre dışa aktar</translation>
    </message>
    <message>
        <source>Par exemple une clé USB : le guide y est écrit dans un dossier à son nom.</source>
        <translation>Örneğin bir USB bellek: rehber oraya kendi adını taşıyan bir klasöre yazılır.</translation>
    </message>
    <message>
        <source>Exporter le guide dans ce dossier</source>
        <translation>Rehberi bu klasöre dışa aktar</translation>
    </message>
</context>
<context>
    <name>StudioRecordPage</name>
    <message>
        <source>Enregistrement : %1</source>
        <translation>Kayıt: %1</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Önceki sayfa</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Sayfa yükleniyor</translation>
    </message>
</context>
<context>
    <name>StudioStartPage</name>
    <message>
        <source>Créer un guide</source>
        <translation>Rehber oluştur</translation>
    </message>
    <message>
        <source>Le nouveau guide</source>
        <translation>Yeni rehber</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Titre en français</source>
        <translation>Fransızca başlık</translation>
    </message>
    <message>
        <source>Par exemple : Demander la carte du CCAS</source>
        <translation>Örneğin: Demander la carte du CCAS</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Başlangıç adresi</translation>
    </message>
    <message>
        <source>Commencer l&apos;enregistrement</source>
        <translation>Kaydı başlat</translation>
    </message>
    <message>
        <source>Le site s&apos;ouvre. Chaque appui choisit un élément sans agir : vous relisez l&apos;étape proposée, puis vous faites l&apos;action.</source>
        <translation>Site açılır. Her dokunuş bir öğeyi işlem yapmadan seçer: önerilen adımı gözden geçirir, sonra işlemi yaparsınız.</translation>
    </message>
    <message>
        <source>Un guide d&apos;une autre tablette</source>
        <translation>Başka bir tabletten rehber</translation>
    </message>
    <message>
        <source>Importer un guide</source>
        <translation>Rehber içe aktar</translation>
    </message>
    <message>
        <source>Choisissez son fichier guide.json (sur une clé USB, par exemple). Il est vérifié avant d&apos;être ajouté.</source>
        <translation>guide.json dosyasını seçin (örneğin bir USB bellekte). Eklenmeden önce kontrol edilir.</translation>
    </message>
    <message>
        <source>Guides (*.json)</source>
        <translation>Rehberler (*.json)</translation>
    </message>
</context>
<context>
    <name>TakeoverCard</name>
    <message>
        <source>Le médiateur a la main</source>
        <translation>Tablet arabulucuda</translation>
    </message>
    <message>
        <source>Les étapes du guide</source>
        <translation>Rehberin adımları</translation>
    </message>
    <message>
        <source>Aller à l&apos;étape %1 : %2</source>
        <translation>%1. adıma git: %2</translation>
    </message>
    <message>
        <source>Passer l&apos;étape</source>
        <translation>Adımı atla</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>Geri veriyorum</translation>
    </message>
</context>
<context>
    <name>TakeoverNotices</name>
    <message>
        <source>Rendez la tablette à la personne</source>
        <translation>Tableti kişiye geri verin</translation>
    </message>
    <message>
        <source>Cette étape est secrète (un mot de passe, un code). La personne la fait seule.</source>
        <translation>Bu adım gizlidir (parola, kod). Kişi bunu tek başına yapar.</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>Geri veriyorum</translation>
    </message>
    <message>
        <source>Tapez vous-même, le médiateur ne regarde pas</source>
        <translation>Kendiniz yazın, arabulucu bakmıyor</translation>
    </message>
    <message>
        <source>Ce que vous tapez reste à vous. La tablette ne le garde pas.</source>
        <translation>Yazdıklarınız size aittir. Tablet bunları saklamaz.</translation>
    </message>
    <message>
        <source>J&apos;ai compris</source>
        <translation>Anladım</translation>
    </message>
</context>
<context>
    <name>TargetBubble</name>
    <message>
        <source>✍ Ici</source>
        <translation>✍ Buraya</translation>
    </message>
    <message>
        <source>👆 Ici</source>
        <translation>👆 Buraya</translation>
    </message>
</context>
<context>
    <name>WipeWarning</name>
    <message>
        <source>Vos documents vont être effacés</source>
        <translation>Belgeleriniz silinecek</translation>
    </message>
    <message>
        <source>En terminant, ces documents seront effacés de la tablette : %1. Ouvrez-les ou imprimez-les avant, si vous voulez les garder.</source>
        <translation>Bitirdiğinizde bu belgeler tabletten silinecek: %1. Saklamak istiyorsanız, önce onları açın veya yazdırın.</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>Belgelerimi gör</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>İşleme devam et</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>Her şeyi sil ve bitir</translation>
    </message>
</context>
<context>
    <name>pasapas</name>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>Bu belge artık yok.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est installée sur la tablette. Demandez à un médiateur.</source>
        <translation>Tablette yüklü yazıcı yok. Bir danışmana sorun.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;est pas installée sur cette tablette. Demandez à un médiateur.</source>
        <translation>Bu tablette yazdırma yüklü değil. Bir danışmana sorun.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être lu.</source>
        <translation>Bu belge açılamıyor.</translation>
    </message>
    <message>
        <source>Cette image ne peut pas être lue.</source>
        <translation>Bu resim açılamıyor.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Vérifiez qu&apos;elle est allumée, puis réessayez.</source>
        <translation>Yazıcı cevap vermiyor. Açık olduğunu kontrol edin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Le document part à l&apos;imprimante.</source>
        <translation>Belge yazıcıya gönderiliyor.</translation>
    </message>
</context>
<context>
    <name>pasapas::Desk</name>
    <message>
        <source>autonome</source>
        <translation>kendi başına</translation>
    </message>
    <message>
        <source>accompagnée</source>
        <translation>eşlikli</translation>
    </message>
    <message>
        <source>de %1 à %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Le fichier ne peut pas être écrit : %1</source>
        <translation>Dosya yazılamıyor: %1</translation>
    </message>
    <message>
        <source>Activité de médiation numérique</source>
        <translation>Dijital arabuluculuk etkinliği</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <source>Personnes aidées jusqu&apos;au bout</source>
        <translation>Sonuna kadar yardım edilen kişiler</translation>
    </message>
    <message>
        <source>Sessions abandonnées</source>
        <translation>Yarım kalan oturumlar</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide et blocages</source>
        <translation>Yardım istekleri ve takılmalar</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Aya ve konuya göre oturumlar</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Diller</translation>
    </message>
    <message>
        <source>Le rapport ne peut pas être écrit dans « %1 ».</source>
        <translation>Rapor “%1” konumuna yazılamıyor.</translation>
    </message>
</context>
<context>
    <name>pasapas::GuideEditor</name>
    <message>
        <source>Appui sur l&apos;élément</source>
        <extracomment>How a step ends, in the guide editor&apos;s list</extracomment>
        <translation>Öğeye dokunma</translation>
    </message>
    <message>
        <source>Champ rempli</source>
        <translation>Alan dolduruldu</translation>
    </message>
    <message>
        <source>Nouvelle page (adresse)</source>
        <translation>Yeni sayfa (adres)</translation>
    </message>
    <message>
        <source>Un élément apparaît</source>
        <translation>Bir öğe görünür</translation>
    </message>
    <message>
        <source>« C&apos;est fait »</source>
        <translation>“Tamam”</translation>
    </message>
    <message>
        <source>Un choix est fait</source>
        <translation>Bir seçim yapılır</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas enregistré : corrigez ce qui est signalé en rouge.</source>
        <extracomment>The guide editor refused to save; the problems are shown on their fields</extracomment>
        <translation>Rehber kaydedilmedi: kırmızıyla işaretlenenleri düzeltin.</translation>
    </message>
    <message>
        <source>Guide enregistré (version %1). Il est dans le catalogue, marqué « guide local ».</source>
        <translation>Rehber kaydedildi (sürüm %1). Katalogda, “yerel rehber” olarak işaretli.</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas exporté.</source>
        <extracomment>Export of a guide failed; then where and what is wrong (in French)</extracomment>
        <translation>Rehber dışa aktarılmadı.</translation>
    </message>
    <message>
        <source>Guide exporté : %1</source>
        <translation>Rehber dışa aktarıldı: %1</translation>
    </message>
    <message>
        <source>Ce guide n&apos;est pas importé.</source>
        <extracomment>Import of a guide file failed; then where and what is wrong (in French)</extracomment>
        <translation>Bu rehber içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Guide importé : « %1 », version %2.</source>
        <translation>Rehber içe aktarıldı: “%1”, sürüm %2.</translation>
    </message>
</context>
<context>
    <name>pasapas::Journal</name>
    <message>
        <source>Le journal d&apos;activité ne peut pas être écrit (%1). Les sessions continuent, mais elles ne sont pas comptées.</source>
        <translation>Etkinlik günlüğü yazılamıyor (%1). Oturumlar sürüyor ama sayılmıyor.</translation>
    </message>
    <message>
        <source>version du fichier inconnue</source>
        <translation>bilinmeyen dosya sürümü</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Il a été mis de côté (%2) et un nouveau journal a commencé.</source>
        <translation>Etkinlik günlüğü okunamıyordu ya da kilitliydi (%1). Kenara alındı (%2) ve yeni bir günlük başladı.</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Un nouveau journal a commencé.</source>
        <translation>Etkinlik günlüğü okunamıyordu ya da kilitliydi (%1). Yeni bir günlük başladı.</translation>
    </message>
    <message>
        <source>Une session n&apos;a pas pu être comptée dans le journal d&apos;activité (%1).</source>
        <translation>Bir oturum etkinlik günlüğünde sayılamadı (%1).</translation>
    </message>
</context>
<context>
    <name>pasapas::KioskController</name>
    <message>
        <source>Seul l&apos;espace médiateur peut changer les sites autorisés.</source>
        <translation>İzin verilen siteler yalnızca danışman alanından değiştirilebilir.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un code médiateur.</source>
        <translation>Önce bir danışman kodu seçin.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Çok fazla deneme yapıldı. %n saniye sonra tekrar deneyin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Kod yanlış. Çok fazla deneme yapıldı: %n saniye sonra tekrar deneyin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Essais restants avant blocage : %n</source>
        <translation>
            <numerusform>Kod yanlış. Kilitlenmeden önce kalan deneme: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Seul l&apos;espace médiateur peut changer le code.</source>
        <translation>Kod yalnızca danışman alanından değiştirilebilir.</translation>
    </message>
    <message>
        <source>Le code a de 4 à 8 chiffres.</source>
        <translation>Kod 4 ile 8 rakam arasında olmalı.</translation>
    </message>
    <message>
        <source>Ce code est trop facile à deviner (comme 0000 ou 1234). Choisissez-en un autre.</source>
        <translation>Bu kod çok kolay tahmin edilir (0000 veya 1234 gibi). Başka bir kod seçin.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas les mêmes. Recommencez.</source>
        <translation>İki kod aynı değil. Baştan başlayın.</translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être enregistré.</source>
        <translation>Kod kaydedilemedi.</translation>
    </message>
</context>
<context>
    <name>pasapas::Localization</name>
    <message>
        <source>Plus de choix</source>
        <extracomment>The name of the header&apos;s button that holds the actions with no room on screen (read by screen readers)</extracomment>
        <translation>Diğer seçenekler</translation>
    </message>
</context>
<context>
    <name>pasapas::PaperCapture</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <extracomment>A kind of paper to photograph: the file gets its name (piece-identite.pdf)</extracomment>
        <translation>Kimlik belgesi</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <extracomment>A kind of paper to photograph: residence permit</extracomment>
        <translation>Oturma izni</translation>
    </message>
    <message>
        <source>RIB</source>
        <extracomment>A kind of paper to photograph: bank details (relevé d&apos;identité bancaire)</extracomment>
        <translation>Banka bilgileri (RIB)</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <extracomment>A kind of paper to photograph: an electricity bill, a rent receipt…</extracomment>
        <translation>İkamet belgesi</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Maaş bordrosu</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <extracomment>A kind of paper to photograph: the tax notice</extracomment>
        <translation>Vergi bildirimi</translation>
    </message>
    <message>
        <source>Attestation</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Autre document</source>
        <extracomment>A kind of paper to photograph: anything else</extracomment>
        <translation>Diğer belge</translation>
    </message>
    <message>
        <source>Le fichier reste trop lourd pour ce site. Prenez moins de pages, ou demandez de l&apos;aide.</source>
        <translation>Dosya bu site için hâlâ çok büyük. Daha az sayfa çekin ya da yardım isteyin.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré. Demandez de l&apos;aide.</source>
        <translation>Dosya kaydedilemedi. Yardım isteyin.</translation>
    </message>
</context>
<context>
    <name>pasapas::ReadAloud</name>
    <message>
        <source>La lecture à voix haute n&apos;est pas installée sur cette tablette.</source>
        <translation>Sesli okuma bu tablette yüklü değil.</translation>
    </message>
    <message>
        <source>La lecture à voix haute ne marche pas sur cette tablette.</source>
        <translation>Sesli okuma bu tablette çalışmıyor.</translation>
    </message>
    <message>
        <source>Pas de voix pour cette langue sur la tablette. Demandez au médiateur.</source>
        <translation>Tablette bu dil için ses yok. Danışmana sorun.</translation>
    </message>
</context>
<context>
    <name>pasapas::RepairController</name>
    <message>
        <source>Cette étape ne peut pas être réparée : elle ne montre aucun élément.</source>
        <translation>Bu adım onarılamaz: hiçbir öğe göstermiyor.</translation>
    </message>
    <message>
        <source>La réparation n&apos;est pas enregistrée : %1</source>
        <extracomment>%1: why, in French (the guide checker&apos;s words)</extracomment>
        <translation>Onarım kaydedilmedi: %1</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionDocuments</name>
    <message>
        <source>Ce document n&apos;est pas de cette session.</source>
        <translation>Bu belge bu oturuma ait değil.</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionLockdown</name>
    <message>
        <source>Cette page ne s&apos;ouvre pas ici</source>
        <translation>Bu sayfa burada açılmaz</translation>
    </message>
    <message>
        <source>Ce site ne fait pas partie de la démarche. Pour votre sécurité, la tablette ne l&apos;ouvre pas.</source>
        <translation>Bu site işlemin bir parçası değil. Güvenliğiniz için tablet onu açmıyor.</translation>
    </message>
    <message>
        <source>Cette adresse n&apos;est pas une page de site. La tablette ne l&apos;ouvre pas.</source>
        <translation>Bu adres bir site sayfası değil. Tablet onu açmıyor.</translation>
    </message>
    <message>
        <source>Les pages de réglage du navigateur ne s&apos;ouvrent pas sur cette tablette.</source>
        <translation>Tarayıcının ayar sayfaları bu tablette açılmaz.</translation>
    </message>
    <message>
        <source>Ce lien veut ouvrir une autre application (e-mail, téléphone…). La tablette ne le fait pas. Demandez à un médiateur.</source>
        <translation>Bu bağlantı başka bir uygulamayı açmak istiyor (e-posta, telefon…). Tablet bunu yapmıyor. Bir danışmana sorun.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la tablette. Seuls les documents PDF et les images sont gardés.</source>
        <translation>Bu dosya tablette saklanamaz. Yalnızca PDF belgeleri ve resimler saklanır.</translation>
    </message>
    <message>
        <source>Les outils de développement ne sont pas disponibles sur cette tablette.</source>
        <translation>Geliştirici araçları bu tablette kullanılamaz.</translation>
    </message>
    <message>
        <source>On ne peut pas déposer de lien ou de fichier dans la page.</source>
        <translation>Sayfaya bağlantı veya dosya bırakılamaz.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de menu ici. Touchez simplement l&apos;élément.</source>
        <translation>Burada menü yok. Üzerine sadece dokunun.</translation>
    </message>
    <message>
        <source>Seuls les documents de cette séance peuvent être envoyés.</source>
        <translation>Yalnızca bu oturumun belgeleri gönderilebilir.</translation>
    </message>
</context>
<context>
    <name>pasapas::StudioController</name>
    <message>
        <source>Le studio n&apos;est pas disponible en mode autonome.</source>
        <translation>Stüdyo kendi kendine modunda kullanılamaz.</translation>
    </message>
    <message>
        <source>Le site d&apos;entraînement ne démarre pas.</source>
        <translation>Alıştırma sitesi başlamıyor.</translation>
    </message>
    <message>
        <source>Ajoutez au moins une étape.</source>
        <translation>En az bir adım ekleyin.</translation>
    </message>
    <message>
        <source>Le guide n&apos;a pas pu être enregistré.</source>
        <translation>Rehber kaydedilemedi.</translation>
    </message>
    <message>
        <source>Terminée quand la personne appuie dessus</source>
        <extracomment>How a recorded step ends (the step card of the guide studio)</extracomment>
        <translation>Kişi ona dokunduğunda biter</translation>
    </message>
    <message>
        <source>Terminée quand le champ est rempli</source>
        <translation>Alan doldurulduğunda biter</translation>
    </message>
    <message>
        <source>Terminée quand la page change</source>
        <translation>Sayfa değiştiğinde biter</translation>
    </message>
    <message>
        <source>Terminée quand un choix est fait</source>
        <translation>Bir seçim yapıldığında biter</translation>
    </message>
    <message>
        <source>Terminée avec « C&apos;est fait »</source>
        <translation>« C&apos;est fait » ile biter</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas dans la liste des sites autorisés : seul le mode médiateur (avec le code) peut l&apos;ouvrir.</source>
        <translation>Bu site izin verilen siteler listesinde değil: yalnızca arabulucu modu (kodla) açabilir.</translation>
    </message>
</context>
</TS>
