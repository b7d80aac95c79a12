// Drives the Dutch reconnect dialog: Blazor reports the connection state on the dialog element.
const dialog = document.getElementById("components-reconnect-modal");

function onStateChanged(event) {
    const state = event.detail.state;
    if (state === "hide") {
        if (dialog.open) {
            dialog.close();
        }

        return;
    }

    if (!dialog.open && state !== "rejected") {
        dialog.showModal();
    }

    if (state === "failed") {
        document.addEventListener("visibilitychange", retryWhenVisible);
    } else if (state === "rejected") {
        // The server no longer knows this page: a fresh load is the only way back.
        location.reload();
    }
}

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
        if (!await Blazor.reconnect()) {
            location.reload();
        }
    } catch {
        document.addEventListener("visibilitychange", retryWhenVisible);
    }
}

async function resume() {
    try {
        if (!await Blazor.resumeCircuit()) {
            location.reload();
        }
    } catch {
        // Blazor itself shows the resume-failed state.
    }
}

async function retryWhenVisible() {
    if (document.visibilityState === "visible") {
        await retry();
    }
}

if (dialog) {
    dialog.addEventListener("components-reconnect-state-changed", onStateChanged);
    document.getElementById("bo-reconnect-retry").addEventListener("click", retry);
    document.getElementById("bo-reconnect-resume").addEventListener("click", resume);
}
