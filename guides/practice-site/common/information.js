// Site d'entraînement : un message d'information du site qui s'ouvre
// par-dessus la page (une « pop-in »), une fois par séance, comme sur les
// vrais sites les jours de maintenance.
(function () {
  'use strict';
  if (sessionStorage.getItem('information-lue')) {
    return;
  }
  const fond = document.createElement('div');
  fond.className = 'popin-fond';
  const popin = document.createElement('div');
  popin.className = 'popin';
  popin.setAttribute('role', 'dialog');
  popin.setAttribute('aria-modal', 'true');
  popin.setAttribute('aria-labelledby', 'popin-titre');
  popin.innerHTML =
    '<h2 id="popin-titre">Information</h2>' +
    '<p>Le site sera fermé dimanche de 8 h à 12 h pour des travaux.</p>' +
    '<button type="button" class="popin-fermer">Fermer</button>';
  document.body.appendChild(fond);
  document.body.appendChild(popin);
  popin.querySelector('.popin-fermer').addEventListener('click', function () {
    sessionStorage.setItem('information-lue', '1');
    fond.remove();
    popin.remove();
  });
})();
