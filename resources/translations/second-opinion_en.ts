<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Second Opinion Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second Opinion Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later. Your records stay on this computer, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Qt version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterVisitPage</name>
    <message>
        <source>After the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask one more doctor for an opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a doctor to ask, with a new checklist, and offers to make a packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask for a {0} opinion...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a {0} opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the doctor or practice to ask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked one more doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was added, with a new checklist under Before the visit. Make a packet of your records for them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole vault. It opens with the same passphrase or recovery code. Every file of the copy is checked after writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a &amp;USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB drives for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives with their free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB drive found. Plug one in; it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the backup window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops a backup in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying and checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The backup was checked and is kept in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was stopped. Nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made. Check the drive has room, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeforeVisitPage</name>
    <message>
        <source>Before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready for each doctor you ask: what to do, your records, and your insurer. Everything is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check&amp;list and appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nsurer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseOverviewPage</name>
    <message>
        <source>Case overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details go on the first page of your packet. Everything is saved as soon as you leave a box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name as on medical records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you want another opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for a second opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words, what you want the new doctor to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnosis you were given, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current doctor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor treating you now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice or hospital:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current doctor practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your current doctor works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current doctor phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number of the practice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Doctor to prepare for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the doctor asked for an opinion; the checklist below is for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctor has been asked for an opinion yet. Add one under Case overview, or on the After the visit page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my &amp;calendar...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the appointment as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a calendar file (.ics) you can open to add the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange the appointment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the appointment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Case overview, where the date, time, place or video link are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to &amp;bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to bring list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page list of what to bring: save it as a PDF or print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to bring.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps you tick yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked for you from what is in your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked for you: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked a checklist step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second opinion appointment.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {0}. Open it to add the appointment to your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonTab</name>
    <message>
        <source>The opinions side by side. If they differ, you can give this page to both doctors and ask them to talk to each other, or ask one more doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column per opinion; arrow keys move between the boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opinion is recorded yet. Record one on the Opinions tab after a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page comparison to save as a PDF or print, for both doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of opinions.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the {0} latest opinions fit on the exported page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentsStep</name>
    <message>
        <source>1. Who it is for and what goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient of the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor or clinic the packet is for; it is printed on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick what should stay out; Space ticks and unticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change the order of the sections, choose one and press Alt+Up or Alt+Down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may want to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are suggestions. You can make the packet without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions for the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ide this suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the selected suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents chosen: {0} pages, plus the cover, contents and your lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app keeps your medical records together and makes one PDF packet for a doctor giving a second opinion. Everything stays on this computer, encrypted with a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records will be kept in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder where the encrypted records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another &amp;folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the vault in a different folder, for example on a USB drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody, not even the app&apos;s makers, can open the vault without the passphrase or the recovery code you will see next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this vault without typing the passphrase on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to opening a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back without making a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the encrypted vault with this passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether this computer has a secure keychain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the vault. This takes a few seconds...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStartWindow</name>
    <message>
        <source>Preparing the fictional demo case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo preparation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the made-up records are prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be prepared. Your own records are not affected. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please close this window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationStep</name>
    <message>
        <source>3. Where the packet goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a &amp;USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packet on a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packet in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the packet on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it, then attach it to a new email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drives plugged into this computer, with their free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB drive found. Plug one in; it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to save in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name of the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the PDF file gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a drive in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder with the “Choose folder” button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this document is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document has a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick if the document has no date of service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the test, visit or procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider or facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor, hospital or laboratory the document comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the document is filed, and where it goes in the packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own notes about this document. They are not put in the packet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSummaryModel</name>
    <message>
        <source>not in the packet: no pages chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page was left out, so this document goes in no packet. It stays in the vault: choose it and tick “Include in packets” on a page to put it back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 - not in the packet: no pages chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find documents by title, provider, your notes or the text in the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, provider, notes, text...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents in this section. Choose one to see and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents here yet. Drag files onto this window, or use Add files (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriveListModel</name>
    <message>
        <source>{0} - {1} free of {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriveMonitor</name>
    <message>
        <source>This computer cannot eject the drive from here. Use the system&apos;s eject.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropHandler</name>
    <message>
        <source>Drop to add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop to add these files to your records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportContentsModel</name>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the packet: no pages chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your questions for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your medication list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page of this document was left out. To put it in, choose it under the documents and tick “Include in packets” on a page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Make a packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the packet now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of making the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop making the packet; nothing is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the packet to look at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the packet in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eject the USB drive safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eject the drive so it can be unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;another packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again to make another packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the pages to print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. No packet was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while making the packet, and nothing was saved. Please try again; if it happens again, try another destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pages, {1}, saved on {2} as “{3}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please find my medical records attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new email with the packet attached was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email program could not be opened with the file attached; its folder is shown so you can attach it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the file to an email yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical records packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the pages to the printer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program to open PDF files was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can now unplug the drive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to use the app, step by step. Use the arrow keys to read on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this installation. Please reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Adding files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are being added already. Wait until that is done, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are adding %1 pictures. Are they the pages of one document (for example photos of a letter), or separate documents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding files was cancelled. Files already added are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding files stopped because of an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>&amp;Cancel adding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel adding files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop adding files. Files already added are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move originals to the &amp;trash...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the original files to the system trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has its own encrypted copy; remove the originals from Downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this report of added files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many files are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to each file: added, already in the vault, or not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding files stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the vault%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not looked at (cancelled): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 document(s) added, %2 already there, %3 not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the originals to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault now has its own encrypted copy of %1 file(s). Move the originals (for example in Downloads) to the system trash? They stay readable there until you empty the trash, so empty it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 original(s) moved to the system trash. Remember to empty it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved; they are where they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsurerGroup</name>
    <message>
        <source>Checks with your insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insurer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your health insurer or plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the insurer need a referral for this visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have the referral?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral obtained?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral&apos;s reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor in network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the doctor in your insurer&apos;s network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you expect to pay yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date checked with insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you checked these with the insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you spoke to, what they said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsurerTab</name>
    <message>
        <source>Ask before you book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions you can ask your insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is help with what to ask, not advice: your insurer&apos;s answer is what counts. Write the answers under Case overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write down the answers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the insurer checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Case overview, where the insurer checks are written down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindDelegate</name>
    <message>
        <source>Kind of medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription, over the counter or supplement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockSettingsForm</name>
    <message>
        <source>When the vault locks, your records are closed and your passphrase is needed to see them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault locks itself when the app is not used for this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the computer slee&amp;ps or the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the computer sleeps or the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo - fictional data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scans, photos and PDFs to your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture copied from another program (a screenshot, for example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a packet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what goes in the PDF packet for the doctor, and make it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close your records; the passphrase is needed to open them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault and close the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the vault...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the encrypted vault to a USB drive or folder, and check the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the user guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Second Opinion Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licence and the libraries the app uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (toolbar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are being added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are still being added. Stop and close? Files already added are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep adding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationTableModel</name>
    <message>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reordered the medications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationsPage</name>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List everything you take: prescriptions, medicines bought without a prescription, vitamins and supplements. Double-click a box or press F2 to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the medication to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a medication, e.g. Metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed medication to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between boxes, F2 changes one, Alt+Up and Alt+Down reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected medication from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected medication up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected medication down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print this list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the medication list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is &amp;complete and current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the medication list as checked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy printouts and other papers about medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents filed under Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents you filed in the Medications section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not yet checked that this list is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You checked that this list is complete on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked the medication list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionProviderListModel</name>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionProvidersGroup</name>
    <message>
        <source>Doctors asked for an opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to see or change its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a d&amp;octor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a doctor to ask for an opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion doctor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the doctor asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice or hospital:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion doctor practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where that doctor works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion doctor phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number to book or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the appointment is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appoin&amp;tment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link for a video appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember about this appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} and the appointment details?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionsTab</name>
    <message>
        <source>After each visit, write down what the doctor told you, in your own words. Choose an opinion to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to see or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an opinion dated today; then fill in what you were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor who gave the opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor or practice you saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the doctor said the illness is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dia&amp;gnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment the doctor advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended &amp;treatment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other options mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other treatments or choices the doctor talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents received with this opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the letters or reports this doctor gave you, once added to your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked a document to an opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added an opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the opinion of {0}? The documents stay in your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed an opinion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsStep</name>
    <message>
        <source>2. Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the file with a &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the packet with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended for email or a USB drive that may get lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a different password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a different password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it &amp;smaller for email (pictures at lower detail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the packet smaller for email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned pages are stored at lower detail; text stays sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size of the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (North America)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (most other countries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the packet says it was prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date on the cover:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordCard</name>
    <message>
        <source>Packet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password that opens the packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the packet password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies it; it is removed from the clipboard after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print password ca&amp;rd...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the password card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the password on its own page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the password separately from the packet: tell it by phone, or give the printed card by hand. Never put it in the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. It will be removed from the clipboard in 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the medical records packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it exactly as shown when the PDF asks for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current page of the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate page left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn this page a quarter turn to the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate page right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn this page a quarter turn to the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include in packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include this page in packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to leave this page out of exported packets. It stays in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move page earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this page one place earlier in packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move page later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this page one place later in packets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the document before this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a second document starting at this page (for bundled portal PDFs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document cannot be shown. It is kept unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(left out of packets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the packet: no pages chosen. The document stays safely in the vault. Tick “Include in packets” on a page to put it back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from page %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionListModel</name>
    <message>
        <source>Most important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If there is time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reordered the questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message>
        <source>Questions for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what you want to ask, most important first. Drag a question, or press Alt+Up and Alt+Down, to change the order. After the visit, note the answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. What are my treatment options?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys choose a question; Alt+Up and Alt+Down move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording of the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How important the question is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick once the doctor has answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the doctor said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the selected question earlier (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the selected question later (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print this list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the questions with room for answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code opens the vault. It is shown only now. Print it or save it, and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code, shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code in a PDF file, for example on a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;have put it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have put the recovery code somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick this once the code is printed or saved. Then you can continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to my records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the new vault. The code will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens the vault in this folder if the passphrase is lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it safe and private. Anyone with it and the vault can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Ask your current doctor&apos;s office for a copy of your records. Note here what you asked for and when, and tick the documents once they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request: from whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doctor, hospital or lab to ask for records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From whom, e.g. City Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request: which records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which records to ask for; press Enter to add the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which records, e.g. pathology report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the records request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a request with the two boxes before this button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request to see or change its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the request as received today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected records request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records request letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page letter asking for your records, to print, sign and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records request letter.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request from whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the records were asked from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal, fax, letter, email, phone or in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you would like to receive the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send them as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the records arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents this request brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the documents in your records that came from this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents it brought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a records request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked records as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked a document to a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the request to {0}? The documents stay in your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a records request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your last change could not be saved. It is kept in this window; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try again, or check that the vault&apos;s drive is connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the locking settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a copy of your vault on a USB drive, somewhere else than this computer, in case it breaks or is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the vault...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a checked copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About this app...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareLogModel</name>
    <message>
        <source>Saved to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedPacketsPage</name>
    <message>
        <source>Shared packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every packet you made is listed here: when, for whom, and how it left this computer. You can make the same packet again, page for page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets shared so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to see what it held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packet has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make this packet again...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected packet again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilds the same pages and checks it matches what was shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the copy with a &amp;new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the copy made again with a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first password is never stored, so a copy gets a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy made again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be made again: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the packet made again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The copy has no password; protect it before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {0}. It matches the packet shared on {1}, page for page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet could not be made again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to see. Drop files on a section to file them there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDateDelegate</name>
    <message>
        <source>Date started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you started taking it, if known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>The keychain could not be checked, so the passphrase is not remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered passphrase did not open the vault. Please type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking. This takes a moment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking with the recovery code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be opened with that code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be made in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents you removed stay here for {0} days, then they are deleted for good. Restore one to put it back where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document to restore or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it back in its section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete for good...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected document for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes it from this computer; it cannot be brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted for good on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{0}” for good? It will be removed from this computer and cannot be brought back. Packets you already shared are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Udisks2Drives</name>
    <message>
        <source>The drive could not be ejected: it may still be in use. Close any window showing its files and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Open your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vaults on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaults on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which vault to open. A caregiver may keep one per family member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another &amp;folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault in another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a vault folder that is not in the list, for example on a USB drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;new vault...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty vault, for example for another family member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the chosen vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen vault with this passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;without passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open without passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer remembers this vault: open it without typing the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery code &amp;instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase? Open the vault with its recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you printed or saved when the vault was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then choose a new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase after recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase after recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock and &amp;set new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the recovery code and set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault with the recovery code; the new passphrase replaces the old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the passphrase &amp;after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the passphrase after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to typing the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vault first, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vault first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PasswordBridge</name>
    <message>
        <source>Password needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is protected by a password. Type it to add the file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Add documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and pictures (*.pdf *.jpg *.jpeg *.png *.heic *.heif *.tif *.tiff);;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected happened. Your records are safe: everything saved is kept in the vault. You can go on working; if this happens again, please send the details below to the app&apos;s makers. They contain no medical information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details of the problem, without any medical information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the technical details, to paste them in an e-mail or a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message and go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Test &amp; biopsy results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surgery &amp; discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings and backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sixth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>%1 is coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short. Use at least %n characters; four unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. One or two more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase that will open this vault. Type it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same passphrase again, to be sure it has no typing mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planning</name>
    <message>
        <source>No appointment date yet. Add it under Case overview once it is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video link: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of this page, one tab each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: choose a part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Tab goes to the next part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows more tabs when they do not all fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planning models</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no doctor named yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>(no name entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List checked as complete on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has not been checked as complete yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet could not be read for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
