// The guard's controller: forms' state in, the user's decision out (see atlasUnsavedChanges.cmp).
({
    handleMessage: function (component, message) {
        // The guard's own decisions come back on the channel too: only the forms' state matters here.
        if (message.getParam('decision')) {
            return;
        }
        const unsaved = component.find('unsaved');
        if (message.getParam('hasUnsavedChanges') === true) {
            unsaved.setUnsavedChanges(true, { label: message.getParam('label') });
        } else {
            unsaved.setUnsavedChanges(false);
        }
    },

    handleDiscard: function (component) {
        // The user leaves without saving: the forms forget their changes, then navigation goes on.
        component.find('channel').publish({ decision: 'discard' });
        component.find('unsaved').setUnsavedChanges(false);
    },

    handleSave: function (component) {
        // Each form has its own Save and its own checks, so the user stays to save there: the changes
        // stay marked unsaved (which keeps the page) and the forms bring the first one into view.
        component.find('channel').publish({ decision: 'save' });
        component.find('unsaved').setUnsavedChanges(true);
    }
});
