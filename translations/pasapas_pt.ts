<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="fr">
<context>
    <name>ActivityExports</name>
    <message>
        <source>Pour les financeurs</source>
        <translation>Para os financiadores</translation>
    </message>
    <message>
        <source>Nom de l&apos;association</source>
        <translation>Nome da associação</translation>
    </message>
    <message>
        <source>Nom de l&apos;association, en tête du rapport</source>
        <translation>Nome da associação, no topo do relatório</translation>
    </message>
    <message>
        <source>Tableau (CSV)</source>
        <translation>Tabela (CSV)</translation>
    </message>
    <message>
        <source>Enregistrer le tableau des chiffres (CSV)</source>
        <translation>Guardar a tabela de números (CSV)</translation>
    </message>
    <message>
        <source>Rapport d&apos;une page (PDF)</source>
        <translation>Relatório de uma página (PDF)</translation>
    </message>
    <message>
        <source>Enregistrer le rapport d&apos;une page (PDF)</source>
        <translation>Guardar o relatório de uma página (PDF)</translation>
    </message>
    <message>
        <source>Tableau (*.csv)</source>
        <translation>Tabela (*.csv)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Guardado: %1</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Activité</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Les %1 derniers mois</source>
        <translation>Os últimos %1 meses</translation>
    </message>
    <message>
        <source>Période : %1</source>
        <translation>Período: %1</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessões</translation>
    </message>
    <message>
        <source>menées au bout</source>
        <translation>levadas até ao fim</translation>
    </message>
    <message>
        <source>demandes d&apos;aide et blocages</source>
        <translation>pedidos de ajuda e bloqueios</translation>
    </message>
    <message>
        <source>appels « J&apos;ai besoin d&apos;aide »</source>
        <translation>chamadas «Preciso de ajuda»</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Sessões por mês e por tema</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Línguas</translation>
    </message>
    <message>
        <source>Accompagnées ou en autonomie</source>
        <translation>Acompanhadas ou autónomas</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guias</translation>
    </message>
</context>
<context>
    <name>BlockedNotice</name>
    <message>
        <source>Revenir à la démarche</source>
        <translation>Voltar ao procedimento</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>Continuar o procedimento</translation>
    </message>
</context>
<context>
    <name>BreakdownBars</name>
    <message numerus="yes">
        <source>%1 : %n session(s)</source>
        <translation>
            <numerusform>%1: %n sessão</numerusform>
            <numerusform>%1: %n sessões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Choisir une démarche</source>
        <translation>Escolha um procedimento</translation>
    </message>
    <message>
        <source>Chercher une démarche, dans votre langue</source>
        <translation>Procure um procedimento, na sua língua</translation>
    </message>
    <message>
        <source>Chercher une démarche</source>
        <translation>Procurar um procedimento</translation>
    </message>
    <message>
        <source>Aucune démarche trouvée</source>
        <translation>Nenhum procedimento encontrado</translation>
    </message>
    <message>
        <source>Essayez un autre mot, ou demandez au médiateur.</source>
        <translation>Experimente outra palavra ou pergunte ao mediador.</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Travail et emploi</source>
        <translation>Trabalho e emprego</translation>
    </message>
    <message>
        <source>Famille et allocations (CAF)</source>
        <translation>Família e apoios (CAF)</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Saúde</translation>
    </message>
    <message>
        <source>Impôts et argent</source>
        <translation>Impostos e dinheiro</translation>
    </message>
    <message>
        <source>Papiers d&apos;identité et titre de séjour</source>
        <translation>Documentos de identificação e autorização de residência</translation>
    </message>
    <message>
        <source>Logement</source>
        <translation>Habitação</translation>
    </message>
    <message>
        <source>Transports</source>
        <translation>Transportes</translation>
    </message>
    <message>
        <source>Justice et droits</source>
        <translation>Justiça e direitos</translation>
    </message>
    <message>
        <source>Premiers pas sur la tablette</source>
        <translation>Primeiros passos no tablet</translation>
    </message>
    <message>
        <source>Vie quotidienne</source>
        <translation>Dia a dia</translation>
    </message>
</context>
<context>
    <name>CategoryTile</name>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n guia</numerusform>
            <numerusform>%n guias</numerusform>
        </translation>
    </message>
    <message>
        <source>Bientôt</source>
        <translation>Em breve</translation>
    </message>
</context>
<context>
    <name>DeskLists</name>
    <message>
        <source>Où les personnes s&apos;arrêtent</source>
        <translation>Onde as pessoas param</translation>
    </message>
    <message>
        <source>Aucune session abandonnée sur la période.</source>
        <translation>Nenhuma sessão abandonada no período.</translation>
    </message>
    <message numerus="yes">
        <source>%1, étape %2 : %n session(s)</source>
        <translation>
            <numerusform>%1, passo %2: %n sessão</numerusform>
            <numerusform>%1, passo %2: %n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>Santé des guides (30 derniers jours)</source>
        <translation>Estado dos guias (últimos 30 dias)</translation>
    </message>
    <message>
        <source>Toutes les cibles ont été trouvées du premier coup.</source>
        <translation>Todos os alvos foram encontrados à primeira.</translation>
    </message>
    <message>
        <source>%1, étape %2 (%3) : introuvable %4 fois, trouvée autrement %5 fois</source>
        <translation>%1, passo %2 (%3): não encontrado %4 vezes, encontrado de outra forma %5 vezes</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>Escolher um documento</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>Não há documentos nesta sessão</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <extracomment>The button is disabled when the tablet has no working camera</extracomment>
        <translation>Tirar uma fotografia</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo : choisissez un document ci-dessous</source>
        <translation>Sem câmara: escolha um documento abaixo</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Fermer</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Fermer le document</source>
        <translation>Fechar o documento</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation>Imprimir o documento</translation>
    </message>
</context>
<context>
    <name>DocumentsDrawer</name>
    <message>
        <source>Mes documents</source>
        <translation>Os meus documentos</translation>
    </message>
    <message>
        <source>Ils seront effacés à la fin de la démarche. Imprimez ceux que vous voulez garder.</source>
        <translation>Vão ser apagados no fim do procedimento. Imprima os que quer guardar.</translation>
    </message>
    <message>
        <source>Ouvrir %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Aucun document pour l&apos;instant</source>
        <translation>Ainda não há documentos</translation>
    </message>
    <message>
        <source>Fermer la liste des documents</source>
        <translation>Fechar a lista de documentos</translation>
    </message>
</context>
<context>
    <name>EditorStepCard</name>
    <message>
        <source>Étape %1</source>
        <extracomment>A step&apos;s number in the guide editor</extracomment>
        <translation>Passo %1</translation>
    </message>
    <message>
        <source>Monter l&apos;étape</source>
        <extracomment>Guide editor: move the step one place up</extracomment>
        <translation>Subir o passo</translation>
    </message>
    <message>
        <source>Descendre l&apos;étape</source>
        <extracomment>Guide editor: move the step one place down</extracomment>
        <translation>Descer o passo</translation>
    </message>
    <message>
        <source>Copier l&apos;étape</source>
        <translation>Copiar o passo</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>Eliminar o passo</translation>
    </message>
    <message>
        <source>Essayer d&apos;ici</source>
        <extracomment>Guide editor: play the guide in a session, from this step</extracomment>
        <translation>Experimentar a partir daqui</translation>
    </message>
    <message>
        <source>Consigne</source>
        <translation>Instrução</translation>
    </message>
    <message>
        <source>L&apos;étape se termine par</source>
        <translation>O passo termina com</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <translation>Dado confidencial (o mediador desvia o olhar)</translation>
    </message>
    <message>
        <source>Note pour le médiateur</source>
        <translation>Nota para o mediador</translation>
    </message>
</context>
<context>
    <name>EditorTextField</name>
    <message>
        <source>Pas encore écrit dans cette langue : le français s&apos;affiche.</source>
        <extracomment>Under a text of the guide editor: this language has no text, the French one is shown</extracomment>
        <translation>Ainda não está escrito nesta língua: é mostrado o francês.</translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message numerus="yes">
        <source>⏱ environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ cerca de %n minuto</numerusform>
            <numerusform>⏱ cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>en français</source>
        <extracomment>The guide is not translated: shown in French</extracomment>
        <translation>em francês</translation>
    </message>
    <message>
        <source>réparation locale (remplace l&apos;autre version) · v%1</source>
        <extracomment>The guide comes from a mediator&apos;s local repair folder; %1 is the guide&apos;s version number</extracomment>
        <translation>reparação local (substitui a outra versão) · v%1</translation>
    </message>
    <message>
        <source>guide local · v%1</source>
        <translation>guia local · v%1</translation>
    </message>
    <message>
        <source>paquet signé · v%1</source>
        <extracomment>The guide comes from the signed guide pack the tablet downloaded; %1 is the guide&apos;s version number</extracomment>
        <translation>pacote assinado · v%1</translation>
    </message>
    <message>
        <source>fourni · v%1</source>
        <extracomment>The guide was installed with the app; %1 is the guide&apos;s version number</extracomment>
        <translation>incluído · v%1</translation>
    </message>
</context>
<context>
    <name>GuideDetailPage</name>
    <message>
        <source>Ce guide n&apos;est pas encore traduit : il est en français.</source>
        <translation>Este guia ainda não está traduzido. Está em francês.</translation>
    </message>
    <message numerus="yes">
        <source>⏱ Durée : environ %n minute(s)</source>
        <extracomment>Estimated duration of a procedure</extracomment>
        <translation>
            <numerusform>⏱ Duração: cerca de %n minuto</numerusform>
            <numerusform>⏱ Duração: cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>Commencer la démarche « %1 »</source>
        <translation>Começar o procedimento « %1 »</translation>
    </message>
    <message>
        <source>À préparer avant de commencer</source>
        <translation>O que preparar antes de começar</translation>
    </message>
    <message>
        <source>prêt</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>pas encore prêt</source>
        <translation>ainda não está pronto</translation>
    </message>
    <message>
        <source>Cochez chaque document quand vous l&apos;avez avec vous.</source>
        <translation>Marque cada documento quando o tiver consigo.</translation>
    </message>
    <message>
        <source>Langues de ce guide</source>
        <translation>Línguas deste guia</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nota para o mediador:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Version locale de ce guide (dossier %1) : elle remplace le guide fourni avec l&apos;application.</source>
        <translation>Versão local deste guia (pasta %1). Substitui o guia que vem com a aplicação.</translation>
    </message>
    <message>
        <source>Revenir à la version d&apos;origine</source>
        <translation>Voltar à versão original</translation>
    </message>
    <message>
        <source>Supprimer ce guide local</source>
        <translation>Eliminar este guia local</translation>
    </message>
    <message>
        <source>Modifier ce guide</source>
        <translation>Modificar este guia</translation>
    </message>
</context>
<context>
    <name>GuideListPage</name>
    <message>
        <source>Pas encore de guide ici</source>
        <translation>Ainda não há guias aqui</translation>
    </message>
    <message>
        <source>Le médiateur peut ajouter des guides pour cette démarche.</source>
        <translation>O mediador pode adicionar guias para este procedimento.</translation>
    </message>
</context>
<context>
    <name>HelpSignal</name>
    <message>
        <source>Cette personne a besoin d&apos;aide</source>
        <translation>Esta pessoa precisa de ajuda</translation>
    </message>
    <message>
        <source>Un médiateur est là</source>
        <translation>Um mediador está aqui</translation>
    </message>
    <message>
        <source>Un médiateur est là : arrêter le signal</source>
        <translation>Um mediador está aqui: parar o sinal</translation>
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
        <translation>Olá!</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. Comment utilisez-vous la tablette aujourd&apos;hui ?</source>
        <translation>Trate dos seus procedimentos na internet, um passo de cada vez. Como vai usar o tablet hoje?</translation>
    </message>
    <message>
        <source>Session accompagnée</source>
        <translation>Com um mediador</translation>
    </message>
    <message>
        <source>Je fais ma démarche avec un médiateur ou une médiatrice à côté de moi.</source>
        <translation>Faço o meu procedimento com um mediador ou uma mediadora ao meu lado.</translation>
    </message>
    <message>
        <source>En autonomie</source>
        <translation>Por conta própria</translation>
    </message>
    <message>
        <source>Je fais ma démarche seul·e. Tout sera effacé à la fin.</source>
        <translation>Faço o meu procedimento sem ajuda. Tudo será apagado no fim.</translation>
    </message>
    <message>
        <source>Espace médiateur</source>
        <translation>Espaço do mediador</translation>
    </message>
    <message>
        <source>Préparer une session, choisir les guides, régler la tablette.</source>
        <translation>Preparar uma sessão, escolher os guias, configurar o tablet.</translation>
    </message>
    <message>
        <source>Tout a été effacé : les pages visitées, ce qui a été tapé, les connexions et les documents. La tablette est prête pour la personne suivante.</source>
        <translation>Tudo foi apagado: as páginas visitadas, o que foi escrito, as sessões iniciadas e os documentos. O tablet está pronto para a pessoa seguinte.</translation>
    </message>
    <message>
        <source>Médiateur : choisissez un code pour protéger les réglages et le mode autonome.</source>
        <translation>Mediador: escolha um código para proteger as definições e o modo autónomo.</translation>
    </message>
    <message>
        <source>Choisir le code</source>
        <translation>Escolher o código</translation>
    </message>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Escolher o código do mediador</translation>
    </message>
    <message>
        <source>Faire vos démarches en ligne, une étape à la fois. À la fin, tout est effacé.</source>
        <translation>Trate dos seus procedimentos na internet, um passo de cada vez. No fim, tudo é apagado.</translation>
    </message>
    <message>
        <source>Commencer une démarche</source>
        <translation>Começar um procedimento</translation>
    </message>
    <message>
        <source>Médiateur : déverrouiller</source>
        <translation>Mediador: desbloquear</translation>
    </message>
</context>
<context>
    <name>HostList</name>
    <message>
        <source>un hôte s&apos;écrit comme « www.caf.fr » ou « *.caf.fr » (minuscules, sans https:// ni /)</source>
        <translation>um site escreve-se como « www.caf.fr » ou « *.caf.fr » (em minúsculas, sem https:// nem /)</translation>
    </message>
    <message>
        <source>ligne %1 : « %2 » : %3</source>
        <translation>linha %1: « %2 »: %3</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message numerus="yes">
        <source>%n seconde(s) avant l&apos;effacement</source>
        <translation>
            <numerusform>Tudo será apagado dentro de %n segundo</numerusform>
            <numerusform>Tudo será apagado dentro de %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Sans réponse, tout ce que vous avez fait sera effacé pour la personne suivante.</source>
        <translation>Se não responder, tudo o que fez será apagado para a pessoa seguinte.</translation>
    </message>
    <message>
        <source>Oui, je continue</source>
        <translation>Sim, quero continuar</translation>
    </message>
    <message>
        <source>Vos documents téléchargés seront effacés aussi.</source>
        <translation>Os documentos descarregados também serão apagados.</translation>
    </message>
</context>
<context>
    <name>LanguageAction</name>
    <message>
        <source>Langue</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>Escolher a língua</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choisir la langue</source>
        <translation>Escolher a língua</translation>
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
        <translation>Este guia não pode começar.</translation>
    </message>
    <message>
        <source>Guide enregistré : il est dans le catalogue, marqué « guide local ».</source>
        <extracomment>After a guide was recorded; the button opens the guide editor</extracomment>
        <translation>Versão %1 de %2, %3 guia(s)</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Modificar</translation>
    </message>
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>Espaço do mediador</translation>
    </message>
    <message>
        <source>Préparer une session</source>
        <translation>Preparar uma sessão</translation>
    </message>
    <message>
        <source>Voir les guides</source>
        <translation>Ver os guias</translation>
    </message>
    <message>
        <source>Choisir un guide et les documents à préparer.</source>
        <translation>Escolher um guia e os documentos a preparar.</translation>
    </message>
    <message>
        <source>Passer en session accompagnée</source>
        <translation>Passar para sessão com mediador</translation>
    </message>
    <message>
        <source>Verrouiller en mode autonome</source>
        <translation>Bloquear em modo autónomo</translation>
    </message>
    <message>
        <source>Pour prêter la tablette : seuls les sites des guides s&apos;ouvrent, et tout est effacé à la fin. Le code médiateur sert à sortir.</source>
        <translation>Para emprestar o tablet: só abrem os sites dos guias e tudo é apagado no fim. Para sair, é preciso o código do mediador.</translation>
    </message>
    <message>
        <source>Mode autonome</source>
        <translation>Modo autónomo</translation>
    </message>
    <message>
        <source>Minutes sans toucher l&apos;écran avant d&apos;effacer</source>
        <translation>Minutos sem tocar no ecrã antes de apagar</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides (un par ligne, par exemple « franceconnect.gouv.fr » ou « *.ameli.fr »)</source>
        <translation>Sites permitidos em todos os guias (um por linha, por exemplo « franceconnect.gouv.fr » ou « *.ameli.fr »)</translation>
    </message>
    <message>
        <source>Enregistrer les sites autorisés</source>
        <translation>Guardar os sites permitidos</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Changer le code médiateur</source>
        <translation>Alterar o código do mediador</translation>
    </message>
    <message>
        <source>Sites autorisés dans tous les guides</source>
        <translation>Sites permitidos em todos os guias</translation>
    </message>
    <message>
        <source>Activité</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Les chiffres anonymes de l&apos;accueil, pour les financeurs.</source>
        <translation>Os números anónimos do balcão, para os financiadores.</translation>
    </message>
    <message>
        <source>Créer un guide</source>
        <translation>Criar um guia</translation>
    </message>
    <message>
        <source>Faire la démarche une fois sur le vrai site : chaque appui devient une étape.</source>
        <translation>Faça o procedimento uma vez no site real: cada toque torna-se um passo.</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>%1 : %2 sessions, %3 menées au bout</source>
        <translation>%1: %2 sessões, %3 até ao fim</translation>
    </message>
</context>
<context>
    <name>PackChannelCard</name>
    <message>
        <source>Guides de la flotte</source>
        <translation>Guias da rede</translation>
    </message>
    <message>
        <source>Paquet de guides installé</source>
        <translation>Pacote de guias instalado</translation>
    </message>
    <message>
        <source>Version %1 du %2, %3 guide(s)</source>
        <extracomment>%1 is the pack&apos;s version number, %2 its date, %3 how many guides it holds</extracomment>
        <translation>Versão %1 de %2, %3 guia(s)</translation>
    </message>
    <message>
        <source>Aucun : les guides fournis avec l&apos;application</source>
        <translation>Nenhum: os guias incluídos na aplicação</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>Dernière vérification le %1</source>
        <translation>Última verificação em %1</translation>
    </message>
    <message>
        <source>Jamais vérifié</source>
        <translation>Nunca verificado</translation>
    </message>
    <message>
        <source>Vérifier maintenant</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <source>Revenir au paquet précédent</source>
        <translation>Voltar ao pacote anterior</translation>
    </message>
    <message>
        <source>La version %1. La version actuelle ne sera plus installée.</source>
        <extracomment>%1 is the previous pack&apos;s version number</extracomment>
        <translation>A versão %1. A versão atual não voltará a ser instalada.</translation>
    </message>
    <message>
        <source>Les guides fournis avec l&apos;application. La version actuelle ne sera plus installée.</source>
        <translation>Os guias incluídos na aplicação. A versão atual não voltará a ser instalada.</translation>
    </message>
    <message>
        <source>Adresse du paquet (https://…/guides.tar.zst)</source>
        <translation>Endereço do pacote (https://…/guides.tar.zst)</translation>
    </message>
    <message>
        <source>Clés publiques de confiance, une par ligne (la dernière ligne du fichier .pub ; deux pendant un changement de clé)</source>
        <translation>Chaves públicas de confiança, uma por linha (a última linha do ficheiro .pub; duas durante uma troca de chave)</translation>
    </message>
    <message>
        <source>Clés enregistrées : %1</source>
        <extracomment>%1: the key ids, as minisign prints them</extracomment>
        <translation>Chaves guardadas: %1</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;adresse et les clés</source>
        <translation>Guardar o endereço e as chaves</translation>
    </message>
    <message>
        <source>Enregistré. La tablette vérifie le paquet maintenant, puis toutes les quatre heures.</source>
        <translation>Guardado. O tablet verifica o pacote agora e depois a cada quatro horas.</translation>
    </message>
</context>
<context>
    <name>PageHeading</name>
    <message>
        <source>Retour</source>
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>PageProblem</name>
    <message>
        <source>La page ne s&apos;ouvre pas</source>
        <translation>A página não abre</translation>
    </message>
    <message>
        <source>La page s&apos;est fermée</source>
        <translation>A página fechou-se</translation>
    </message>
    <message>
        <source>Le site a un problème</source>
        <translation>O site tem um problema</translation>
    </message>
    <message>
        <source>La tablette n&apos;arrive pas à joindre le site. Vérifiez le Wi-Fi, puis réessayez.</source>
        <translation>O tablet não consegue ligar-se ao site. Verifique o Wi-Fi e tente de novo.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas de votre faute. On peut reprendre à la dernière bonne page.</source>
        <translation>A culpa não é sua. Podemos voltar à última página certa.</translation>
    </message>
    <message>
        <source>Le site ne répond pas comme d&apos;habitude. Réessayez dans un instant, ou appelez le médiateur.</source>
        <translation>O site não está a responder como de costume. Tente de novo daqui a pouco ou chame o mediador.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas sûr</source>
        <extracomment>The site&apos;s certificate is not valid: it may be a fake site</extracomment>
        <translation>Este site não é seguro</translation>
    </message>
    <message>
        <source>Le site met du temps à répondre</source>
        <extracomment>The page has been loading for a long while</extracomment>
        <translation>O site está a demorar a responder</translation>
    </message>
    <message>
        <source>Le site ne prouve pas qui il est. N&apos;écrivez rien. Appelez le médiateur.</source>
        <translation>O site não prova quem é. Não escreva nada. Chame o mediador.</translation>
    </message>
    <message>
        <source>Attendez encore un peu, ou réessayez.</source>
        <translation>Espere mais um pouco, ou tente de novo.</translation>
    </message>
</context>
<context>
    <name>PaperCaptureView</name>
    <message>
        <source>Posez la feuille à plat dans le cadre, puis appuyez sur le gros bouton rond.</source>
        <translation>Coloque a folha plana dentro da moldura e carregue no botão redondo grande.</translation>
    </message>
    <message>
        <source>Pas d&apos;appareil photo sur cette tablette. Choisissez un document de la session.</source>
        <translation>Este tablet não tem câmara. Escolha um documento da sessão.</translation>
    </message>
    <message>
        <source>Déplacez les quatre ronds sur les coins de la feuille. Tournez la photo si le texte est de travers.</source>
        <translation>Mova os quatro círculos para os cantos da folha. Rode a fotografia se o texto estiver torto.</translation>
    </message>
    <message>
        <source>Ajoutez une page si le papier en a plusieurs. Choisissez ce que c&apos;est, puis appuyez sur « Envoyer ».</source>
        <translation>Adicione uma página se o papel tiver várias. Escolha o que é e carregue em « Enviar ».</translation>
    </message>
    <message>
        <source>Préparation du fichier…</source>
        <translation>A preparar o ficheiro…</translation>
    </message>
    <message>
        <source>Prendre en photo</source>
        <translation>Tirar uma fotografia</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <source>Lire la consigne à voix haute</source>
        <translation>Ler a instrução em voz alta</translation>
    </message>
</context>
<context>
    <name>PaperCrop</name>
    <message>
        <source>La photo</source>
        <translation>A fotografia</translation>
    </message>
    <message>
        <source>Coin en haut à gauche</source>
        <translation>Canto superior esquerdo</translation>
    </message>
    <message>
        <source>Coin en haut à droite</source>
        <translation>Canto superior direito</translation>
    </message>
    <message>
        <source>Coin en bas à droite</source>
        <translation>Canto inferior direito</translation>
    </message>
    <message>
        <source>Coin en bas à gauche</source>
        <translation>Canto inferior esquerdo</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Reprendre la photo</source>
        <translation>Tirar a fotografia outra vez</translation>
    </message>
    <message>
        <source>Tourner</source>
        <translation>Rodar</translation>
    </message>
    <message>
        <source>Tourner la photo d&apos;un quart de tour</source>
        <translation>Rodar a fotografia um quarto de volta</translation>
    </message>
    <message>
        <source>Garder cette page</source>
        <translation>Guardar esta página</translation>
    </message>
</context>
<context>
    <name>PaperPages</name>
    <message>
        <source>Ajouter une page</source>
        <translation>Adicionar uma página</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Enlever la page %1</source>
        <translation>Retirar a página %1</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Envoyer le document au site</source>
        <translation>Enviar o documento para o site</translation>
    </message>
</context>
<context>
    <name>PaperViewfinder</name>
    <message>
        <source>Pas d&apos;appareil photo</source>
        <translation>Sem câmara</translation>
    </message>
    <message>
        <source>Cette tablette n&apos;a pas d&apos;appareil photo qui marche. Vous pouvez choisir un document déjà dans la session.</source>
        <translation>Este tablet não tem uma câmara que funcione. Pode escolher um documento que já está na sessão.</translation>
    </message>
    <message>
        <source>Mes documents</source>
        <translation>Os meus documentos</translation>
    </message>
    <message>
        <source>Prendre la photo</source>
        <translation>Tirar a fotografia</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choisir le code médiateur</source>
        <translation>Escolher o código do mediador</translation>
    </message>
    <message>
        <source>Code médiateur</source>
        <translation>Código do mediador</translation>
    </message>
    <message>
        <source>Tapez le code médiateur.</source>
        <translation>Escreva o código do mediador.</translation>
    </message>
    <message>
        <source>Choisissez un code de 4 à 8 chiffres. Ne le donnez qu&apos;aux médiateurs.</source>
        <translation>Escolha um código de 4 a 8 algarismos. Só o dê aos mediadores.</translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois.</source>
        <translation>Escreva o mesmo código outra vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n chiffre(s) tapé(s)</source>
        <translation>
            <numerusform>%n algarismo escrito</numerusform>
            <numerusform>%n algarismos escritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Demasiadas tentativas. Tente de novo daqui a %n segundo.</numerusform>
            <numerusform>Demasiadas tentativas. Tente de novo daqui a %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>Apagar um algarismo</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Confirmar o código</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Étape proposée</source>
        <translation>Passo proposto</translation>
    </message>
    <message>
        <source>Appuyez sur un élément du site</source>
        <translation>Toque num elemento do site</translation>
    </message>
    <message>
        <source>La page ne réagit pas encore : l&apos;élément est entouré et une étape est proposée ici.</source>
        <translation>A página ainda não reage: o elemento é contornado e aqui é proposto um passo.</translation>
    </message>
    <message>
        <source>Consigne de l&apos;étape</source>
        <translation>Instrução do passo</translation>
    </message>
    <message>
        <source>Donnée confidentielle (le médiateur détourne les yeux)</source>
        <extracomment>The step asks for a secret (password, IBAN…): the mediator looks away</extracomment>
        <translation>Dado confidencial (o mediador desvia o olhar)</translation>
    </message>
    <message>
        <source>Étape ajoutée</source>
        <translation>Passo adicionado</translation>
    </message>
    <message>
        <source>Ajouter l&apos;étape</source>
        <translation>Adicionar o passo</translation>
    </message>
    <message>
        <source>Appuyez sur l&apos;élément</source>
        <translation>Toque no elemento</translation>
    </message>
    <message>
        <source>Faire l&apos;action</source>
        <translation>Fazer a ação</translation>
    </message>
    <message>
        <source>Étape « C&apos;est fait »</source>
        <extracomment>A step with no element: the person reads the page, then presses « C&apos;est fait »</extracomment>
        <translation>Passo « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Étapes enregistrées : %1</source>
        <translation>Passos gravados: %1</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Guardar o guia</translation>
    </message>
</context>
<context>
    <name>RepairCard</name>
    <message>
        <source>Est-ce le bon élément&#xa0;?</source>
        <extracomment>A mediator repairing a guide step tapped an element of the web page; the card asks to confirm it</extracomment>
        <translation>É este o elemento certo?</translation>
    </message>
    <message>
        <source>Touchez le bon élément sur la page</source>
        <extracomment>A mediator repairs a guide step whose target the app cannot find: they tap the right element of the web page</extracomment>
        <translation>Toque no elemento certo da página</translation>
    </message>
    <message>
        <source>Réparer l&apos;étape %1</source>
        <extracomment>Title of the card while a mediator repairs a guide step; %1 is the step number</extracomment>
        <translation>Reparar o passo %1</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <source>La page ne réagit pas pendant la réparation : l&apos;élément touché est entouré et décrit ici.</source>
        <translation>A página não reage durante a reparação: o elemento tocado fica contornado e é descrito aqui.</translation>
    </message>
    <message>
        <source>(sans texte)</source>
        <extracomment>The element a mediator tapped has no words (an icon, a picture)</extracomment>
        <translation>(sem texto)</translation>
    </message>
    <message>
        <source>Pas le bon ? Touchez un autre élément de la page.</source>
        <translation>Não é o certo? Toque noutro elemento da página.</translation>
    </message>
    <message>
        <source>Utiliser cet élément</source>
        <translation>Usar este elemento</translation>
    </message>
    <message>
        <source>Utiliser cet élément : l&apos;étape est réparée</source>
        <translation>Usar este elemento: o passo fica reparado</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Annuler la réparation</source>
        <translation>Cancelar a reparação</translation>
    </message>
    <message>
        <source>Champ à remplir</source>
        <extracomment>What the element a mediator tapped to repair a step is</extracomment>
        <translation>Campo a preencher</translation>
    </message>
    <message>
        <source>Liste de choix</source>
        <translation>Lista de opções</translation>
    </message>
    <message>
        <source>Case à cocher</source>
        <translation>Caixa de seleção</translation>
    </message>
    <message>
        <source>Choix</source>
        <translation>Opção</translation>
    </message>
    <message>
        <source>Bouton ou lien</source>
        <translation>Botão ou ligação</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Documento guardado: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>A carregar a página</translation>
    </message>
    <message>
        <source>Mes documents (%1)</source>
        <translation>Os meus documentos (%1)</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Je prends la main</source>
        <translation>Eu assumo</translation>
    </message>
    <message>
        <source>Vous avez demandé de l&apos;aide. Un médiateur va venir.</source>
        <translation>Pediu ajuda. Um mediador vai chegar.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <translation>Reparar este passo</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Lecture à voix haute, taille du texte, contraste</source>
        <translation>Leitura em voz alta, tamanho do texto, contraste</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Lecture à voix haute</source>
        <translation>Leitura em voz alta</translation>
    </message>
    <message>
        <source>Lire chaque étape automatiquement</source>
        <translation>Ler cada passo automaticamente</translation>
    </message>
    <message>
        <source>Vitesse de lecture</source>
        <translation>Velocidade de leitura</translation>
    </message>
    <message>
        <source>Lente</source>
        <translation>Lenta</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Rapide</source>
        <translation>Rápida</translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation>Ecrã</translation>
    </message>
    <message>
        <source>Taille du texte</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>Normale (100 %)</source>
        <translation>Normal (100 %)</translation>
    </message>
    <message>
        <source>Grande (150 %)</source>
        <translation>Grande (150 %)</translation>
    </message>
    <message>
        <source>Très grande (200 %)</source>
        <translation>Muito grande (200 %)</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Texte blanc sur fond noir, repères en jaune.</source>
        <translation>Texto branco sobre fundo preto, marcas a amarelo.</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <source>Terminé</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Bravo ! La démarche est terminée.</source>
        <translation>Muito bem! O procedimento está concluído.</translation>
    </message>
    <message>
        <source>(pas encore traduit : en français)</source>
        <extracomment>Shown when a guide step is not translated into the person&apos;s language</extracomment>
        <translation>(ainda não traduzido: em francês)</translation>
    </message>
    <message>
        <source>Sur le site, cherchez :</source>
        <translation>No site, procure:</translation>
    </message>
    <message>
        <source>Information secrète : tapez-la vous-même. Le médiateur regarde ailleurs, et l&apos;application ne la lit pas.</source>
        <translation>Informação secreta: é você que a escreve. O mediador olha para o lado e a aplicação não a lê.</translation>
    </message>
    <message>
        <source>Je ne trouve pas « %1 » sur cette page. Cherchez ces mots sur la page, ou demandez de l&apos;aide.</source>
        <translation>Não encontro « %1 » nesta página. Procure estas palavras na página ou peça ajuda.</translation>
    </message>
    <message>
        <source>Je ne trouve pas l&apos;endroit sur cette page. Cherchez-le, ou demandez de l&apos;aide.</source>
        <translation>Não encontro o local certo nesta página. Procure-o ou peça ajuda.</translation>
    </message>
    <message>
        <source>Vous n&apos;êtes pas sur la bonne page pour cette étape.</source>
        <translation>Não está na página certa para este passo.</translation>
    </message>
    <message>
        <source>Revenir à la bonne page</source>
        <translation>Voltar à página certa</translation>
    </message>
    <message>
        <source>Pas de souci. Le médiateur va venir vous aider. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Não faz mal. O mediador vem já ajudar. Também pode continuar quando quiser.</translation>
    </message>
    <message>
        <source>Pas de souci. Demandez de l&apos;aide à l&apos;accueil. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Não faz mal. Peça ajuda na receção. Também pode continuar quando quiser.</translation>
    </message>
    <message>
        <source>Pour le médiateur : %1</source>
        <translation>Para o mediador: %1</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>C&apos;est fait : étape suivante</source>
        <translation>Feito: passo seguinte</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>Passo anterior</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Terminer la session</source>
        <translation>Terminar a sessão</translation>
    </message>
    <message>
        <source>Quitter la démarche</source>
        <translation>Sair do procedimento</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <source>Lire l&apos;étape à voix haute</source>
        <translation>Ler o passo em voz alta</translation>
    </message>
    <message>
        <source>Choisissez ce qui vous correspond. Toutes les réponses conviennent.</source>
        <extracomment>Under the instruction of a step where the person makes their own choice (their situation, a kind of contract): any answer is fine</extracomment>
        <translation>Escolha o que lhe corresponde. Todas as respostas servem.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez le message sur les cookies. Appuyez sur le bouton montré.</source>
        <extracomment>A cookie consent banner covers the page; the app highlights its &quot;refuse&quot; (or &quot;accept&quot;) button</extracomment>
        <translation>Escolha o que lhe corresponde. Todas as respostas servem.</translation>
    </message>
    <message>
        <source>D&apos;abord, fermez ce message du site. Appuyez sur le bouton montré.</source>
        <extracomment>A pop-in window of the web site covers the page; the app highlights its close button</extracomment>
        <translation>Primeiro, feche a mensagem sobre os cookies. Toque no botão indicado.</translation>
    </message>
    <message>
        <source>Pas de souci. Votre appel s&apos;affiche en haut de l&apos;écran : un médiateur va venir. Vous pouvez aussi continuer quand vous êtes prêt·e.</source>
        <translation>Não faz mal. A sua chamada aparece no topo do ecrã: um mediador vai chegar. Também pode continuar quando estiver pronto/a.</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide</source>
        <translation>Preciso de ajuda</translation>
    </message>
    <message>
        <source>J&apos;ai besoin d&apos;aide : appeler un médiateur</source>
        <translation>Preciso de ajuda: chamar um mediador</translation>
    </message>
    <message>
        <source>D&apos;abord, ouvrez cette partie de la page. Appuyez sur l&apos;endroit montré.</source>
        <extracomment>The place to tap is in a closed part of the page (a section to unfold, a tab); the app highlights what opens it</extracomment>
        <translation>Primeiro, abra esta parte da página. Toque no local indicado.</translation>
    </message>
    <message>
        <source>Réparer cette étape</source>
        <extracomment>A mediator shows the app the right element of the page for a step whose target the app cannot find</extracomment>
        <translation>Reparar este passo</translation>
    </message>
    <message>
        <source>Réparer cette étape : montrer le bon élément</source>
        <translation>Reparar este passo: mostrar o elemento certo</translation>
    </message>
</context>
<context>
    <name>StudioEditorPage</name>
    <message>
        <source>Modifier : %1</source>
        <extracomment>Title of the guide editor; %1 is the guide&apos;s French title</extracomment>
        <translation>Modificar: %1</translation>
    </message>
    <message>
        <source>Langue des textes</source>
        <extracomment>Guide editor: the language the texts below are typed in</extracomment>
        <translation>Língua dos textos</translation>
    </message>
    <message>
        <source>Les textes manquants s&apos;affichent en français.</source>
        <translation>Os textos em falta são mostrados em francês.</translation>
    </message>
    <message>
        <source>Le guide</source>
        <translation>O guia</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Notes pour le médiateur</source>
        <translation>Notas para o mediador</translation>
    </message>
    <message>
        <source>Document à préparer %1</source>
        <extracomment>Guide editor: a document the person prepares before starting</extracomment>
        <translation>Documento a preparar %1</translation>
    </message>
    <message>
        <source>Retirer ce document</source>
        <translation>Retirar este documento</translation>
    </message>
    <message>
        <source>Ajouter un document à préparer</source>
        <translation>Adicionar um documento a preparar</translation>
    </message>
    <message>
        <source>Les étapes (%1)</source>
        <translation>Os passos (%1)</translation>
    </message>
    <message>
        <source>Ce guide ne peut pas démarrer.</source>
        <translation>Este guia não pode começar.</translation>
    </message>
    <message>
        <source>Enregistrer le guide</source>
        <translation>Guardar o guia</translation>
    </message>
    <message>
        <source>Le guide est vérifié, puis enregistré sur cette tablette (version %1).</source>
        <translation>O guia é verificado e depois guardado neste tablet (versão %1).</translation>
    </message>
    <message>
        <source>Exporter vers un dossier</source>
        <translation>Exportar para uma pasta</translation>
    </message>
    <message>
        <source>Par exemple une clé USB : le guide y est écrit dans un dossier à son nom.</source>
        <translation>Por exemplo, uma pen USB: o guia é escrito lá numa pasta com o seu nome.</translation>
    </message>
    <message>
        <source>Exporter le guide dans ce dossier</source>
        <translation>Exportar o guia para esta pasta</translation>
    </message>
</context>
<context>
    <name>StudioRecordPage</name>
    <message>
        <source>Enregistrement : %1</source>
        <translation>Gravação: %1</translation>
    </message>
    <message>
        <source>Page précédente</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>A carregar a página</translation>
    </message>
</context>
<context>
    <name>StudioStartPage</name>
    <message>
        <source>Créer un guide</source>
        <translation>Criar um guia</translation>
    </message>
    <message>
        <source>Le nouveau guide</source>
        <translation>O novo guia</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Titre en français</source>
        <translation>Título em francês</translation>
    </message>
    <message>
        <source>Par exemple : Demander la carte du CCAS</source>
        <translation>Por exemplo: Demander la carte du CCAS</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Endereço de partida</translation>
    </message>
    <message>
        <source>Commencer l&apos;enregistrement</source>
        <translation>Começar a gravação</translation>
    </message>
    <message>
        <source>Le site s&apos;ouvre. Chaque appui choisit un élément sans agir : vous relisez l&apos;étape proposée, puis vous faites l&apos;action.</source>
        <translation>O site abre-se. Cada toque escolhe um elemento sem agir: revê o passo proposto e depois faz a ação.</translation>
    </message>
    <message>
        <source>Un guide d&apos;une autre tablette</source>
        <translation>Um guia de outro tablet</translation>
    </message>
    <message>
        <source>Importer un guide</source>
        <translation>Importar um guia</translation>
    </message>
    <message>
        <source>Choisissez son fichier guide.json (sur une clé USB, par exemple). Il est vérifié avant d&apos;être ajouté.</source>
        <translation>Escolha o seu ficheiro guide.json (numa pen USB, por exemplo). É verificado antes de ser adicionado.</translation>
    </message>
    <message>
        <source>Guides (*.json)</source>
        <translation>Guias (*.json)</translation>
    </message>
</context>
<context>
    <name>TakeoverCard</name>
    <message>
        <source>Le médiateur a la main</source>
        <translation>O mediador tem o controlo</translation>
    </message>
    <message>
        <source>Les étapes du guide</source>
        <translation>Os passos do guia</translation>
    </message>
    <message>
        <source>Aller à l&apos;étape %1 : %2</source>
        <translation>Ir para o passo %1: %2</translation>
    </message>
    <message>
        <source>Passer l&apos;étape</source>
        <translation>Saltar o passo</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>Devolvo o controlo</translation>
    </message>
</context>
<context>
    <name>TakeoverNotices</name>
    <message>
        <source>Rendez la tablette à la personne</source>
        <translation>Devolva o tablet à pessoa</translation>
    </message>
    <message>
        <source>Cette étape est secrète (un mot de passe, un code). La personne la fait seule.</source>
        <translation>Este passo é secreto (uma palavra-passe, um código). A pessoa fá-lo sozinha.</translation>
    </message>
    <message>
        <source>Je rends la main</source>
        <translation>Devolvo o controlo</translation>
    </message>
    <message>
        <source>Tapez vous-même, le médiateur ne regarde pas</source>
        <translation>Escreva você mesmo/a, o mediador não está a ver</translation>
    </message>
    <message>
        <source>Ce que vous tapez reste à vous. La tablette ne le garde pas.</source>
        <translation>O que escreve é seu. O tablet não o guarda.</translation>
    </message>
    <message>
        <source>J&apos;ai compris</source>
        <translation>Percebi</translation>
    </message>
</context>
<context>
    <name>TargetBubble</name>
    <message>
        <source>✍ Ici</source>
        <translation>✍ Aqui</translation>
    </message>
    <message>
        <source>👆 Ici</source>
        <translation>👆 Aqui</translation>
    </message>
</context>
<context>
    <name>WipeWarning</name>
    <message>
        <source>Vos documents vont être effacés</source>
        <translation>Os seus documentos vão ser apagados</translation>
    </message>
    <message>
        <source>En terminant, ces documents seront effacés de la tablette : %1. Ouvrez-les ou imprimez-les avant, si vous voulez les garder.</source>
        <translation>Ao terminar, estes documentos serão apagados do tablet: %1. Abra-os ou imprima-os antes, se os quiser guardar.</translation>
    </message>
    <message>
        <source>Voir mes documents</source>
        <translation>Ver os meus documentos</translation>
    </message>
    <message>
        <source>Continuer la démarche</source>
        <translation>Continuar o procedimento</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>Apagar tudo e terminar</translation>
    </message>
</context>
<context>
    <name>pasapas</name>
    <message>
        <source>Ce document n&apos;existe plus.</source>
        <translation>Este documento já não existe.</translation>
    </message>
    <message>
        <source>Aucune imprimante n&apos;est installée sur la tablette. Demandez à un médiateur.</source>
        <translation>Não há nenhuma impressora instalada no tablet. Pergunte a um mediador.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;est pas installée sur cette tablette. Demandez à un médiateur.</source>
        <translation>A impressão não está instalada neste tablet. Pergunte a um mediador.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être lu.</source>
        <translation>Este documento não pode ser lido.</translation>
    </message>
    <message>
        <source>Cette image ne peut pas être lue.</source>
        <translation>Esta imagem não pode ser lida.</translation>
    </message>
    <message>
        <source>L&apos;imprimante ne répond pas. Vérifiez qu&apos;elle est allumée, puis réessayez.</source>
        <translation>A impressora não responde. Verifique se está ligada e tente de novo.</translation>
    </message>
    <message>
        <source>Le document part à l&apos;imprimante.</source>
        <translation>O documento está a ser enviado para a impressora.</translation>
    </message>
</context>
<context>
    <name>pasapas::Desk</name>
    <message>
        <source>autonome</source>
        <translation>autónomo</translation>
    </message>
    <message>
        <source>accompagnée</source>
        <translation>acompanhado</translation>
    </message>
    <message>
        <source>de %1 à %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>Le fichier ne peut pas être écrit : %1</source>
        <translation>Não é possível escrever o ficheiro: %1</translation>
    </message>
    <message>
        <source>Activité de médiation numérique</source>
        <translation>Atividade de mediação digital</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Personnes aidées jusqu&apos;au bout</source>
        <translation>Pessoas ajudadas até ao fim</translation>
    </message>
    <message>
        <source>Sessions abandonnées</source>
        <translation>Sessões abandonadas</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide et blocages</source>
        <translation>Pedidos de ajuda e bloqueios</translation>
    </message>
    <message>
        <source>Sessions par mois et par thème</source>
        <translation>Sessões por mês e por tema</translation>
    </message>
    <message>
        <source>Langues</source>
        <translation>Línguas</translation>
    </message>
    <message>
        <source>Le rapport ne peut pas être écrit dans « %1 ».</source>
        <translation>Não é possível escrever o relatório em «%1».</translation>
    </message>
</context>
<context>
    <name>pasapas::GuideEditor</name>
    <message>
        <source>Appui sur l&apos;élément</source>
        <extracomment>How a step ends, in the guide editor&apos;s list</extracomment>
        <translation>Toque no elemento</translation>
    </message>
    <message>
        <source>Champ rempli</source>
        <translation>Campo preenchido</translation>
    </message>
    <message>
        <source>Nouvelle page (adresse)</source>
        <translation>Nova página (endereço)</translation>
    </message>
    <message>
        <source>Un élément apparaît</source>
        <translation>Aparece um elemento</translation>
    </message>
    <message>
        <source>« C&apos;est fait »</source>
        <translation>«Feito»</translation>
    </message>
    <message>
        <source>Un choix est fait</source>
        <translation>É feita uma escolha</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas enregistré : corrigez ce qui est signalé en rouge.</source>
        <extracomment>The guide editor refused to save; the problems are shown on their fields</extracomment>
        <translation>O guia não foi guardado: corrija o que está assinalado a vermelho.</translation>
    </message>
    <message>
        <source>Guide enregistré (version %1). Il est dans le catalogue, marqué « guide local ».</source>
        <translation>Guia guardado (versão %1). Está no catálogo, marcado como «guia local».</translation>
    </message>
    <message>
        <source>Le guide n&apos;est pas exporté.</source>
        <extracomment>Export of a guide failed; then where and what is wrong (in French)</extracomment>
        <translation>O guia não foi exportado.</translation>
    </message>
    <message>
        <source>Guide exporté : %1</source>
        <translation>Guia exportado: %1</translation>
    </message>
    <message>
        <source>Ce guide n&apos;est pas importé.</source>
        <extracomment>Import of a guide file failed; then where and what is wrong (in French)</extracomment>
        <translation>Este guia não foi importado.</translation>
    </message>
    <message>
        <source>Guide importé : « %1 », version %2.</source>
        <translation>Guia importado: «%1», versão %2.</translation>
    </message>
</context>
<context>
    <name>pasapas::Journal</name>
    <message>
        <source>Le journal d&apos;activité ne peut pas être écrit (%1). Les sessions continuent, mais elles ne sont pas comptées.</source>
        <translation>Não é possível escrever o registo de atividade (%1). As sessões continuam, mas não são contadas.</translation>
    </message>
    <message>
        <source>version du fichier inconnue</source>
        <translation>versão de ficheiro desconhecida</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Il a été mis de côté (%2) et un nouveau journal a commencé.</source>
        <translation>O registo de atividade estava ilegível ou bloqueado (%1). Foi posto de lado (%2) e começou um registo novo.</translation>
    </message>
    <message>
        <source>Le journal d&apos;activité était illisible ou bloqué (%1). Un nouveau journal a commencé.</source>
        <translation>O registo de atividade estava ilegível ou bloqueado (%1). Começou um registo novo.</translation>
    </message>
    <message>
        <source>Une session n&apos;a pas pu être comptée dans le journal d&apos;activité (%1).</source>
        <translation>Uma sessão não pôde ser contada no registo de atividade (%1).</translation>
    </message>
</context>
<context>
    <name>pasapas::KioskController</name>
    <message>
        <source>Seul l&apos;espace médiateur peut changer les sites autorisés.</source>
        <translation>Só o espaço do mediador pode alterar os sites permitidos.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un code médiateur.</source>
        <translation>Escolha primeiro o código do mediador.</translation>
    </message>
    <message numerus="yes">
        <source>Trop d&apos;essais. Réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Demasiadas tentativas. Tente de novo daqui a %n segundo.</numerusform>
            <numerusform>Demasiadas tentativas. Tente de novo daqui a %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Trop d&apos;essais : réessayez dans %n seconde(s).</source>
        <translation>
            <numerusform>Código errado. Demasiadas tentativas: tente de novo daqui a %n segundo.</numerusform>
            <numerusform>Código errado. Demasiadas tentativas: tente de novo daqui a %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code faux. Essais restants avant blocage : %n</source>
        <translation>
            <numerusform>Código errado. Resta %n tentativa antes do bloqueio.</numerusform>
            <numerusform>Código errado. Restam %n tentativas antes do bloqueio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seul l&apos;espace médiateur peut changer le code.</source>
        <translation>Só o espaço do mediador pode alterar o código.</translation>
    </message>
    <message>
        <source>Le code a de 4 à 8 chiffres.</source>
        <translation>O código tem de 4 a 8 algarismos.</translation>
    </message>
    <message>
        <source>Ce code est trop facile à deviner (comme 0000 ou 1234). Choisissez-en un autre.</source>
        <translation>Este código é demasiado fácil de adivinhar (como 0000 ou 1234). Escolha outro.</translation>
    </message>
    <message>
        <source>Les deux codes ne sont pas les mêmes. Recommencez.</source>
        <translation>Os dois códigos não são iguais. Comece de novo.</translation>
    </message>
    <message>
        <source>Le code n&apos;a pas pu être enregistré.</source>
        <translation>Não foi possível guardar o código.</translation>
    </message>
</context>
<context>
    <name>pasapas::Localization</name>
    <message>
        <source>Plus de choix</source>
        <extracomment>The name of the header&apos;s button that holds the actions with no room on screen (read by screen readers)</extracomment>
        <translation>Mais opções</translation>
    </message>
</context>
<context>
    <name>pasapas::PaperCapture</name>
    <message>
        <source>Pièce d&apos;identité</source>
        <extracomment>A kind of paper to photograph: the file gets its name (piece-identite.pdf)</extracomment>
        <translation>Documento de identificação</translation>
    </message>
    <message>
        <source>Titre de séjour</source>
        <extracomment>A kind of paper to photograph: residence permit</extracomment>
        <translation>Autorização de residência</translation>
    </message>
    <message>
        <source>RIB</source>
        <extracomment>A kind of paper to photograph: bank details (relevé d&apos;identité bancaire)</extracomment>
        <translation>Dados bancários (RIB)</translation>
    </message>
    <message>
        <source>Justificatif de domicile</source>
        <extracomment>A kind of paper to photograph: an electricity bill, a rent receipt…</extracomment>
        <translation>Comprovativo de morada</translation>
    </message>
    <message>
        <source>Fiche de paie</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Recibo de vencimento</translation>
    </message>
    <message>
        <source>Avis d&apos;impôt</source>
        <extracomment>A kind of paper to photograph: the tax notice</extracomment>
        <translation>Nota de liquidação de imposto</translation>
    </message>
    <message>
        <source>Attestation</source>
        <extracomment>A kind of paper to photograph</extracomment>
        <translation>Declaração</translation>
    </message>
    <message>
        <source>Autre document</source>
        <extracomment>A kind of paper to photograph: anything else</extracomment>
        <translation>Outro documento</translation>
    </message>
    <message>
        <source>Le fichier reste trop lourd pour ce site. Prenez moins de pages, ou demandez de l&apos;aide.</source>
        <translation>O ficheiro continua grande demais para este site. Tire menos páginas ou peça ajuda.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être enregistré. Demandez de l&apos;aide.</source>
        <translation>Não foi possível guardar o ficheiro. Peça ajuda.</translation>
    </message>
</context>
<context>
    <name>pasapas::ReadAloud</name>
    <message>
        <source>La lecture à voix haute n&apos;est pas installée sur cette tablette.</source>
        <translation>A leitura em voz alta não está instalada neste tablet.</translation>
    </message>
    <message>
        <source>La lecture à voix haute ne marche pas sur cette tablette.</source>
        <translation>A leitura em voz alta não funciona neste tablet.</translation>
    </message>
    <message>
        <source>Pas de voix pour cette langue sur la tablette. Demandez au médiateur.</source>
        <translation>O tablet não tem voz para esta língua. Pergunte ao mediador.</translation>
    </message>
</context>
<context>
    <name>pasapas::RepairController</name>
    <message>
        <source>Cette étape ne peut pas être réparée : elle ne montre aucun élément.</source>
        <translation>Este passo não pode ser reparado: não mostra nenhum elemento.</translation>
    </message>
    <message>
        <source>La réparation n&apos;est pas enregistrée : %1</source>
        <extracomment>%1: why, in French (the guide checker&apos;s words)</extracomment>
        <translation>A reparação não foi guardada: %1</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionDocuments</name>
    <message>
        <source>Ce document n&apos;est pas de cette session.</source>
        <translation>Este documento não é desta sessão.</translation>
    </message>
</context>
<context>
    <name>pasapas::SessionLockdown</name>
    <message>
        <source>Cette page ne s&apos;ouvre pas ici</source>
        <translation>Esta página não abre aqui</translation>
    </message>
    <message>
        <source>Ce site ne fait pas partie de la démarche. Pour votre sécurité, la tablette ne l&apos;ouvre pas.</source>
        <translation>Este site não faz parte do procedimento. Para sua segurança, o tablet não o abre.</translation>
    </message>
    <message>
        <source>Cette adresse n&apos;est pas une page de site. La tablette ne l&apos;ouvre pas.</source>
        <translation>Este endereço não é uma página de um site. O tablet não o abre.</translation>
    </message>
    <message>
        <source>Les pages de réglage du navigateur ne s&apos;ouvrent pas sur cette tablette.</source>
        <translation>As páginas de definições do navegador não abrem neste tablet.</translation>
    </message>
    <message>
        <source>Ce lien veut ouvrir une autre application (e-mail, téléphone…). La tablette ne le fait pas. Demandez à un médiateur.</source>
        <translation>Este link quer abrir outra aplicação (e-mail, telefone…). O tablet não faz isso. Pergunte a um mediador.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être gardé sur la tablette. Seuls les documents PDF et les images sont gardés.</source>
        <translation>Este ficheiro não pode ser guardado no tablet. Só os documentos PDF e as imagens são guardados.</translation>
    </message>
    <message>
        <source>Les outils de développement ne sont pas disponibles sur cette tablette.</source>
        <translation>As ferramentas de programador não estão disponíveis neste tablet.</translation>
    </message>
    <message>
        <source>On ne peut pas déposer de lien ou de fichier dans la page.</source>
        <translation>Não é possível arrastar links ou ficheiros para a página.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de menu ici. Touchez simplement l&apos;élément.</source>
        <translation>Aqui não há nenhum menu. Basta tocar no elemento.</translation>
    </message>
    <message>
        <source>Seuls les documents de cette séance peuvent être envoyés.</source>
        <translation>Só podem ser enviados os documentos desta sessão.</translation>
    </message>
</context>
<context>
    <name>pasapas::StudioController</name>
    <message>
        <source>Le studio n&apos;est pas disponible en mode autonome.</source>
        <translation>O estúdio não está disponível no modo autónomo.</translation>
    </message>
    <message>
        <source>Le site d&apos;entraînement ne démarre pas.</source>
        <translation>O site de treino não arranca.</translation>
    </message>
    <message>
        <source>Ajoutez au moins une étape.</source>
        <translation>Adicione pelo menos um passo.</translation>
    </message>
    <message>
        <source>Le guide n&apos;a pas pu être enregistré.</source>
        <translation>Não foi possível guardar o guia.</translation>
    </message>
    <message>
        <source>Terminée quand la personne appuie dessus</source>
        <extracomment>How a recorded step ends (the step card of the guide studio)</extracomment>
        <translation>Termina quando a pessoa lhe toca</translation>
    </message>
    <message>
        <source>Terminée quand le champ est rempli</source>
        <translation>Termina quando o campo está preenchido</translation>
    </message>
    <message>
        <source>Terminée quand la page change</source>
        <translation>Termina quando a página muda</translation>
    </message>
    <message>
        <source>Terminée quand un choix est fait</source>
        <translation>Termina quando é feita uma escolha</translation>
    </message>
    <message>
        <source>Terminée avec « C&apos;est fait »</source>
        <translation>Termina com « C&apos;est fait »</translation>
    </message>
    <message>
        <source>Ce site n&apos;est pas dans la liste des sites autorisés : seul le mode médiateur (avec le code) peut l&apos;ouvrir.</source>
        <translation>Este site não está na lista de sites permitidos: só o modo mediador (com o código) o pode abrir.</translation>
    </message>
</context>
</TS>
