// Behaviour pages ask for with data attributes, since the content security policy runs no inline script.
document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) window.print();
});
