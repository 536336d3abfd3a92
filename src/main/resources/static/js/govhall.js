// Small behaviours that work without inline script (the content security policy forbids it).
document.addEventListener('click', function (event) {
  var target = event.target.closest('[data-print]');
  if (target) {
    window.print();
  }
});
