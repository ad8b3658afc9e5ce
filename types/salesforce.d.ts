// Platform module types published by Salesforce (@salesforce/lightning-types), for the modules the
// components import that the package covers correctly: @salesforce/user/Id. Only that file is
// loaded, not the package's index: its lightning/confirm lacks open() (see lightning.d.ts).
import '@salesforce/lightning-types/dist/@salesforce/user.d.ts';
