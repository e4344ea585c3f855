<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="fr">
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
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>Bir belge seçin</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>Bu oturumda hiç belge yok</translation>
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
        <source>version locale (remplace le guide fourni)</source>
        <translation>yerel sürüm (uygulamadaki rehberin yerine geçer)</translation>
    </message>
    <message>
        <source>guide local</source>
        <translation>yerel rehber</translation>
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
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>Danışman alanı</translation>
    </message>
    <message>
        <source>Bientôt disponible</source>
        <translation>Yakında</translation>
    </message>
    <message>
        <source>Cette partie de l&apos;application est en préparation.</source>
        <translation>Uygulamanın bu bölümü hazırlanıyor.</translation>
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
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Ce fichier ne peut pas être enregistré sur la tablette.</source>
        <translation>Bu dosya tablete kaydedilemiyor.</translation>
    </message>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Belge kaydedildi: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>Sayfa yükleniyor</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>Ayarlar</translation>
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
        <source>&lt;b&gt;Pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Danışman için:&lt;/b&gt; %1</translation>
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
        <source>Retour</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>Önceki adım</translation>
    </message>
    <message>
        <source>Je suis bloqué·e</source>
        <translation>Takıldım</translation>
    </message>
    <message>
        <source>Je suis bloqué·e : demander de l&apos;aide</source>
        <translation>Takıldım: yardım iste</translation>
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
</TS>
