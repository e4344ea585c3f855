<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="fr">
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
    <name>DocumentPicker</name>
    <message>
        <source>Choisir un document</source>
        <translation>Escolher um documento</translation>
    </message>
    <message>
        <source>Aucun document dans cette session</source>
        <translation>Não há documentos nesta sessão</translation>
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
        <source>version locale (remplace le guide fourni)</source>
        <translation>versão local (substitui o guia incluído)</translation>
    </message>
    <message>
        <source>guide local</source>
        <translation>guia local</translation>
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
</context>
<context>
    <name>MediatorPage</name>
    <message>
        <source>Espace médiateur</source>
        <translation>Espaço do mediador</translation>
    </message>
    <message>
        <source>Bientôt disponible</source>
        <translation>Em breve</translation>
    </message>
    <message>
        <source>Cette partie de l&apos;application est en préparation.</source>
        <translation>Esta parte da aplicação ainda não está pronta.</translation>
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
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Ce fichier ne peut pas être enregistré sur la tablette.</source>
        <translation>Não é possível guardar este ficheiro no tablet.</translation>
    </message>
    <message>
        <source>Document enregistré : %1</source>
        <translation>Documento guardado: %1</translation>
    </message>
    <message>
        <source>Chargement de la page</source>
        <translation>A carregar a página</translation>
    </message>
</context>
<context>
    <name>SettingsAction</name>
    <message>
        <source>Réglages</source>
        <translation>Definições</translation>
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
        <source>&lt;b&gt;Pour le médiateur :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Para o mediador:&lt;/b&gt; %1</translation>
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
        <source>Retour</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>Passo anterior</translation>
    </message>
    <message>
        <source>Je suis bloqué·e</source>
        <translation>Não consigo avançar</translation>
    </message>
    <message>
        <source>Je suis bloqué·e : demander de l&apos;aide</source>
        <translation>Não consigo avançar: pedir ajuda</translation>
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
</TS>
