// Site d'entraînement : le bandeau « cookies » des sites publics (fait comme
// tarteaucitron, au milieu de l'écran, qui cache la page). Il revient à
// chaque nouvelle séance, comme sur les vrais sites avec un navigateur neuf.
// Le choix est gardé dans un cookie de la séance ; rien n'est envoyé.
(function () {
  'use strict';
  if (/(^|;\s*)tarteaucitron=/.test(document.cookie)) {
    return;
  }
  const root = document.createElement('div');
  root.id = 'tarteaucitronRoot';
  root.innerHTML =
    '<div id="tarteaucitronBack"></div>' +
    '<div id="tarteaucitronAlertBig" role="dialog" aria-modal="true" aria-labelledby="tarteaucitronDisclaimerAlert">' +
    '<p id="tarteaucitronDisclaimerAlert">Ce site utilise des cookies pour mesurer sa fréquentation. Vous pouvez les accepter ou les refuser.</p>' +
    '<div class="actions">' +
    '<button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>' +
    '<button type="button" id="tarteaucitronAllDenied2" class="bouton-secondaire">Tout refuser</button>' +
    '</div></div>';
  document.body.appendChild(root);
  function choose(accepted) {
    document.cookie = 'tarteaucitron=' + (accepted ? 'oui' : 'non') + '; path=/; SameSite=Lax';
    root.remove();
  }
  root.querySelector('#tarteaucitronPersonalize2').addEventListener('click', function () {
    choose(true);
  });
  root.querySelector('#tarteaucitronAllDenied2').addEventListener('click', function () {
    choose(false);
  });
})();
