// The Leerplan preview's only script. It shows the HTML the extension sends (rendered
// from the server's summary model) and turns clicks on elements that carry
// `data-uri` and `data-line` (goals, reviews, problems) into "reveal that line".
// It computes nothing and loads nothing: the Content-Security-Policy allows only this file.
// @ts-check
(function () {
    // eslint-disable-next-line no-undef
    const vscode = acquireVsCodeApi();
    const summary = document.getElementById('leerplan-summary');
    const notice = document.getElementById('leerplan-notice');

    function setNotice(text) {
        if (!notice) return;
        notice.textContent = text || '';
        notice.hidden = !text;
    }

    window.addEventListener('message', event => {
        const message = event.data;
        if (!message || typeof message !== 'object') return;
        if (message.type === 'render' && summary) {
            const scroll = window.scrollY;
            summary.innerHTML = message.html;
            window.scrollTo(0, scroll);
            setNotice(message.notice);
            vscode.setState({ uri: message.uri });
        } else if (message.type === 'notice') {
            setNotice(message.notice);
        }
    });

    function revealTarget(start) {
        let node = start;
        while (node && node !== document.body) {
            if (node instanceof Element && node.hasAttribute('data-uri') && node.hasAttribute('data-line')) return node;
            node = node.parentNode;
        }
        return undefined;
    }

    function reveal(target) {
        const line = Number(target.getAttribute('data-line'));
        const uri = target.getAttribute('data-uri');
        if (uri && Number.isFinite(line)) vscode.postMessage({ type: 'reveal', uri, line });
    }

    const calendar = document.getElementById('leerplan-calendar');
    if (calendar) calendar.addEventListener('click', () => vscode.postMessage({ type: 'calendar' }));

    document.addEventListener('click', event => {
        const target = revealTarget(event.target);
        if (!target) return;
        event.preventDefault();
        reveal(target);
    });
    document.addEventListener('keydown', event => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        const target = revealTarget(event.target);
        if (!target) return;
        event.preventDefault();
        reveal(target);
    });

    vscode.postMessage({ type: 'ready' });
})();
