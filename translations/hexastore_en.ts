<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Account type:</source>
        <translation>Account type:</translation>
    </message>
    <message>
        <source>Member since:</source>
        <translation>Member since:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Log out everywhere</source>
        <translation>Log out everywhere</translation>
    </message>
    <message>
        <source>Where you are logged in</source>
        <translation>Where you are logged in</translation>
    </message>
    <message>
        <source>Your name was saved.</source>
        <translation>Your name was saved.</translation>
    </message>
    <message>
        <source>Also e-mail me my notifications</source>
        <translation>Also e-mail me my notifications</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Use as my default address</source>
        <translation>Use as my default address</translation>
    </message>
    <message>
        <source>Edit address</source>
        <translation>Edit address</translation>
    </message>
    <message>
        <source>New address</source>
        <translation>New address</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Street:</translation>
    </message>
    <message>
        <source>Apartment:</source>
        <translation>Apartment:</translation>
    </message>
    <message>
        <source>House:</source>
        <translation>House:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postal code:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>City:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Country:</translation>
    </message>
    <message>
        <source>For the courier: entrance, floor, opening hours…</source>
        <translation>For the courier: entrance, floor, opening hours…</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>AddressListModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
</context>
<context>
    <name>AddressesPage</name>
    <message>
        <source>New address…</source>
        <translation>New address…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Make default</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Orders keep a copy of the address they were sent to, so changing or deleting one here never changes an order.</source>
        <translation>Orders keep a copy of the address they were sent to, so changing or deleting one here never changes an order.</translation>
    </message>
    <message>
        <source>The default address was changed.</source>
        <translation>The default address was changed.</translation>
    </message>
    <message>
        <source>Delete address</source>
        <translation>Delete address</translation>
    </message>
    <message>
        <source>Delete this address?
%1</source>
        <translation>Delete this address?
%1</translation>
    </message>
    <message>
        <source>The address was deleted.</source>
        <translation>The address was deleted.</translation>
    </message>
    <message>
        <source>The address was saved.</source>
        <translation>The address was saved.</translation>
    </message>
    <message>
        <source>No addresses yet — add one with “New address…”; checkout asks for one too.</source>
        <translation>No addresses yet — add one with “New address…”; checkout asks for one too.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Starting the local server…</source>
        <translation>Starting the local server…</translation>
    </message>
    <message>
        <source>A new local server was set up with demo accounts (see the README).</source>
        <translation>A new local server was set up with demo accounts (see the README).</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>the local server</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>Working offline: the server cannot be reached. Your steps are kept on this computer and sent later.</source>
        <translation>Working offline: the server cannot be reached. Your steps are kept on this computer and sent later.</translation>
    </message>
    <message>
        <source>Log in again to send your deliveries&apos; steps; they are kept on this computer.</source>
        <translation>Log in again to send your deliveries&apos; steps; they are kept on this computer.</translation>
    </message>
    <message>
        <source>Log in with the one-time password again when you are ready to choose a new one.</source>
        <translation>Log in with the one-time password again when you are ready to choose a new one.</translation>
    </message>
    <message>
        <source>You were logged out on all devices.</source>
        <translation>You were logged out on all devices.</translation>
    </message>
    <message>
        <source>You were logged out.</source>
        <translation>You were logged out.</translation>
    </message>
    <message>
        <source>The server could not be told: %1</source>
        <translation>The server could not be told: %1</translation>
    </message>
    <message>
        <source>Restoring the backup %1…</source>
        <translation>Restoring the backup %1…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>The restore was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The backup was restored; please log in again. The data it replaced is kept on the local server as the database %1.</source>
        <translation>The backup was restored; please log in again. The data it replaced is kept on the local server as the database %1.</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Connect to a server first.</translation>
    </message>
    <message>
        <source>Your password was changed, and every device was logged out. Log in with the new password.</source>
        <translation>Your password was changed, and every device was logged out. Log in with the new password.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>audit verify [--url URL] (see --help)</source>
        <translation>audit verify [--url URL] (see --help)</translation>
    </message>
    <message>
        <source>Checks the audit log&apos;s hash chain: every row&apos;s hash over its content and the previous row&apos;s hash, the order without gaps, and the chain&apos;s head. Exits 1 naming the first row that does not match.</source>
        <translation>Checks the audit log&apos;s hash chain: every row&apos;s hash over its content and the previous row&apos;s hash, the order without gaps, and the chain&apos;s head. Exits 1 naming the first row that does not match.</translation>
    </message>
    <message>
        <source>The audit log does not match at row %1 (chain position %2): %3</source>
        <translation>The audit log does not match at row %1 (chain position %2): %3</translation>
    </message>
    <message>
        <source>rows %1 to %2 are missing</source>
        <translation>rows %1 to %2 are missing</translation>
    </message>
    <message>
        <source>it does not follow the row before it</source>
        <translation>it does not follow the row before it</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>its content was changed after it was written</translation>
    </message>
    <message>
        <source>The audit log does not match its head: it ends at position %1, the head says %2; rows at the end were removed.</source>
        <translation>The audit log does not match its head: it ends at position %1, the head says %2; rows at the end were removed.</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain holds: %1 rows. Head: %2 (note it down elsewhere: a chain rewritten from the start is caught only against a head kept outside).</source>
        <translation>The audit log&apos;s chain holds: %1 rows. Head: %2 (note it down elsewhere: a chain rewritten from the start is caught only against a head kept outside).</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Who (name or e-mail)</source>
        <translation>Who (name or e-mail)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Promo codes</source>
        <translation>Promo codes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Brands</translation>
    </message>
    <message>
        <source>Text in the reason or the details</source>
        <translation>Text in the reason or the details</translation>
    </message>
    <message>
        <source>Choose a row to see everything it records.</source>
        <translation>Choose a row to see everything it records.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>The end date comes before the start date.</source>
        <translation>The end date comes before the start date.</translation>
    </message>
    <message>
        <source>#%1 (chain position %2), %3
Who: %4
What: %5 (%6)
On: %7 #%8
Reason: %9

</source>
        <translation>#%1 (chain position %2), %3
Who: %4
What: %5 (%6)
On: %7 #%8
Reason: %9

</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(none given)</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Exporting the audit log…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the audit log matches these filters.</source>
        <translation>Nothing in the audit log matches these filters.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
</context>
<context>
    <name>AuditLogService</name>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>The file cannot be written: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>AuditLogTableModel</name>
    <message>
        <source>Created a user</source>
        <translation>Created a user</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>Disabled a user</translation>
    </message>
    <message>
        <source>Enabled a user</source>
        <translation>Enabled a user</translation>
    </message>
    <message>
        <source>Changed a role</source>
        <translation>Changed a role</translation>
    </message>
    <message>
        <source>Ended a user&apos;s sessions</source>
        <translation>Ended a user&apos;s sessions</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Reset a password</translation>
    </message>
    <message>
        <source>Changed an order&apos;s status</source>
        <translation>Changed an order&apos;s status</translation>
    </message>
    <message>
        <source>Assigned a delivery</source>
        <translation>Assigned a delivery</translation>
    </message>
    <message>
        <source>Reassigned a delivery</source>
        <translation>Reassigned a delivery</translation>
    </message>
    <message>
        <source>Unassigned a delivery</source>
        <translation>Unassigned a delivery</translation>
    </message>
    <message>
        <source>Handed over a delivery</source>
        <translation>Handed over a delivery</translation>
    </message>
    <message>
        <source>Changed a courier&apos;s profile</source>
        <translation>Changed a courier&apos;s profile</translation>
    </message>
    <message>
        <source>Received a courier&apos;s cash</source>
        <translation>Received a courier&apos;s cash</translation>
    </message>
    <message>
        <source>Created a promo code</source>
        <translation>Created a promo code</translation>
    </message>
    <message>
        <source>Changed a promo code</source>
        <translation>Changed a promo code</translation>
    </message>
    <message>
        <source>Deleted a promo code</source>
        <translation>Deleted a promo code</translation>
    </message>
    <message>
        <source>Created a category</source>
        <translation>Created a category</translation>
    </message>
    <message>
        <source>Changed a category</source>
        <translation>Changed a category</translation>
    </message>
    <message>
        <source>Deleted a category</source>
        <translation>Deleted a category</translation>
    </message>
    <message>
        <source>Created a brand</source>
        <translation>Created a brand</translation>
    </message>
    <message>
        <source>Changed a brand</source>
        <translation>Changed a brand</translation>
    </message>
    <message>
        <source>Deleted a brand</source>
        <translation>Deleted a brand</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <source>Hid a listing</source>
        <translation>Hid a listing</translation>
    </message>
    <message>
        <source>Showed a listing again</source>
        <translation>Showed a listing again</translation>
    </message>
    <message>
        <source>Chose a new password with an e-mailed code</source>
        <translation>Chose a new password with an e-mailed code</translation>
    </message>
</context>
<context>
    <name>AuthResult</name>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>The e-mail address or the password is wrong.</translation>
    </message>
    <message>
        <source>Too many failed attempts: logging in to this account is blocked until %1.</source>
        <translation>Too many failed attempts: logging in to this account is blocked until %1.</translation>
    </message>
    <message>
        <source>This account has been disabled. Contact an administrator.</source>
        <translation>This account has been disabled. Contact an administrator.</translation>
    </message>
    <message>
        <source>An administrator ended this session (or changed your account). Please log in again.</source>
        <translation>An administrator ended this session (or changed your account). Please log in again.</translation>
    </message>
    <message>
        <source>For your safety this login was ended, because its saved sign-in was used twice. Please log in again.</source>
        <translation>For your safety this login was ended, because its saved sign-in was used twice. Please log in again.</translation>
    </message>
    <message>
        <source>Your saved login has expired. Please log in again.</source>
        <translation>Your saved login has expired. Please log in again.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>You are not logged in.</source>
        <translation>You are not logged in.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Your password was reset. Log in with the one-time password you were given to choose a new one.</source>
        <translation>Your password was reset. Log in with the one-time password you were given to choose a new one.</translation>
    </message>
    <message>
        <source>A name can have at most 200 characters; this one has %1.</source>
        <translation>A name can have at most 200 characters; this one has %1.</translation>
    </message>
    <message>
        <source>Enter your name: it cannot be empty.</source>
        <translation>Enter your name: it cannot be empty.</translation>
    </message>
    <message>
        <source>Enter the code from the e-mail.</source>
        <translation>Enter the code from the e-mail.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Enter a new password.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>There is no local server in %1.</source>
        <translation>There is no local server in %1.</translation>
    </message>
    <message>
        <source>Creating a local server in %1 …</source>
        <translation>Creating a local server in %1 …</translation>
    </message>
    <message>
        <source>Write a consistent, compressed backup of the whole database (schema and data, with its schema version) to one file.</source>
        <translation>Write a consistent, compressed backup of the whole database (schema and data, with its schema version) to one file.</translation>
    </message>
    <message>
        <source>The backup file to write (must not exist yet).</source>
        <translation>The backup file to write (must not exist yet).</translation>
    </message>
    <message>
        <source>--to FILE is required.</source>
        <translation>--to FILE is required.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 exists already; choose a new file name.</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>Written:</translation>
    </message>
    <message>
        <source>Backed up %1 (schema version %2) to %3: %L4 bytes.</source>
        <translation>Backed up %1 (schema version %2) to %3: %L4 bytes.</translation>
    </message>
    <message>
        <source>Restore a backup into an empty database (--url) or a new local server (--dir), migrating an older backup to this program&apos;s schema.</source>
        <translation>Restore a backup into an empty database (--url) or a new local server (--dir), migrating an older backup to this program&apos;s schema.</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>The backup file to restore.</translation>
    </message>
    <message>
        <source>Local server only: replace its database. The data it holds now is kept in a renamed database.</source>
        <translation>Local server only: replace its database. The data it holds now is kept in a renamed database.</translation>
    </message>
    <message>
        <source>--from FILE is required.</source>
        <translation>--from FILE is required.</translation>
    </message>
    <message>
        <source>--replace works on a local server (--dir) only.</source>
        <translation>--replace works on a local server (--dir) only.</translation>
    </message>
    <message>
        <source>Restoring:</source>
        <translation>Restoring:</translation>
    </message>
    <message>
        <source>Restored %1 into %2. The data it replaced is kept in the database %3.</source>
        <translation>Restored %1 into %2. The data it replaced is kept in the database %3.</translation>
    </message>
    <message>
        <source>Restored %1 (made %2, schema version %3) into %4.</source>
        <translation>Restored %1 (made %2, schema version %3) into %4.</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>%1 is not a usable HexaStore backup: %2</source>
        <translation>%1 is not a usable HexaStore backup: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>it does not start like one.</source>
        <translation>it does not start like one.</translation>
    </message>
    <message>
        <source>its first line is damaged.</source>
        <translation>its first line is damaged.</translation>
    </message>
    <message>
        <source>it is incomplete (cut off at %L1 bytes). Use another backup.</source>
        <translation>it is incomplete (cut off at %L1 bytes). Use another backup.</translation>
    </message>
    <message>
        <source>it is damaged (its checksum does not match).</source>
        <translation>it is damaged (its checksum does not match).</translation>
    </message>
</context>
<context>
    <name>BackupMenu</name>
    <message>
        <source>Back &amp;up now</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>HexaStore backups (*%1)</source>
        <translation>HexaStore backups (*%1)</translation>
    </message>
    <message>
        <source>Replace all of the shop&apos;s data with the backup %1 (made %2)?

Everyone is signed out. The data it replaces is kept on the local server as a separate database.</source>
        <translation>Replace all of the shop&apos;s data with the backup %1 (made %2)?

Everyone is signed out. The data it replaces is kept on the local server as a separate database.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>One less</translation>
    </message>
    <message>
        <source>Empty cart</source>
        <translation>Empty cart</translation>
    </message>
    <message>
        <source>Checkout…</source>
        <translation>Checkout…</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Promo code</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Subtotal:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Discount:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Remove everything from your cart?</source>
        <translation>Remove everything from your cart?</translation>
    </message>
    <message>
        <source>Remove or change the marked lines first.</source>
        <translation>Remove or change the marked lines first.</translation>
    </message>
    <message>
        <source>Thank you! Placed %1 (one order per seller). Follow them under “My orders”.</source>
        <translation>Thank you! Placed %1 (one order per seller). Follow them under “My orders”.</translation>
    </message>
    <message>
        <source>Your cart is empty — browse the catalog and add what you like.</source>
        <translation>Your cart is empty — browse the catalog and add what you like.</translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <source>No longer sold</source>
        <translation>No longer sold</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <source>Only %1 left</source>
        <translation>Only %1 left</translation>
    </message>
    <message>
        <source>Price went up from %1</source>
        <translation>Price went up from %1</translation>
    </message>
    <message>
        <source>Price went down from %1</source>
        <translation>Price went down from %1</translation>
    </message>
    <message>
        <source>Double-click to change; %1 in stock</source>
        <translation>Double-click to change; %1 in stock</translation>
    </message>
    <message>
        <source>When you added it: %1</source>
        <translation>When you added it: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CatalogAdminService</name>
    <message>
        <source>Enter a name of 1 to 100 characters.</source>
        <translation>Enter a name of 1 to 100 characters.</translation>
    </message>
    <message>
        <source>A brand with this name exists already.</source>
        <translation>A brand with this name exists already.</translation>
    </message>
    <message>
        <source>There is already a category with this name here.</source>
        <translation>There is already a category with this name here.</translation>
    </message>
    <message>
        <source>Products still carry this brand; it cannot be deleted.</source>
        <translation>Products still carry this brand; it cannot be deleted.</translation>
    </message>
    <message>
        <source>It no longer exists, or you may not change it.</source>
        <translation>It no longer exists, or you may not change it.</translation>
    </message>
    <message>
        <source>A category cannot be moved below itself.</source>
        <translation>A category cannot be moved below itself.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>In stock only</source>
        <translation>In stock only</translation>
    </message>
    <message>
        <source>Search products — typos are fine</source>
        <translation>Search products — typos are fine</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>All brands</translation>
    </message>
    <message>
        <source>Min price</source>
        <translation>Min price</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>Max price</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Best match</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Price: low to high</source>
        <translation>Price: low to high</translation>
    </message>
    <message>
        <source>Price: high to low</source>
        <translation>Price: high to low</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Best rated</source>
        <translation>Best rated</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Show the end of the list (Ctrl+End)</source>
        <translation>Show the end of the list (Ctrl+End)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Include hidden listings</source>
        <translation>Include hidden listings</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price; write it like %2.</source>
        <translation>&quot;%1&quot; is not a price; write it like %2.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No products match these filters.</source>
        <translation>No products match these filters.</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words or other filters.</source>
        <translation>Nothing found. Try fewer words or other filters.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n product(s) of the list.</source>
        <translation>
            <numerusform>The last %n product of the list.</numerusform>
            <numerusform>The last %n products of the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) shown; scroll for more.</source>
        <translation>
            <numerusform>%n product shown; scroll for more.</numerusform>
            <numerusform>%n products shown; scroll for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s).</source>
        <translation>
            <numerusform>%n product.</numerusform>
            <numerusform>%n products.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>This product is no longer available.</source>
        <translation>This product is no longer available.</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Add top level…</source>
        <translation>Add top level…</translation>
    </message>
    <message>
        <source>Add below…</source>
        <translation>Add below…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Brands</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Select the category to add below.</source>
        <translation>Select the category to add below.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Added the category &quot;%1&quot;.</source>
        <translation>Added the category &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Select a category first.</source>
        <translation>Select a category first.</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <source>The category was renamed.</source>
        <translation>The category was renamed.</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>Move category</translation>
    </message>
    <message>
        <source>Move below:</source>
        <translation>Move below:</translation>
    </message>
    <message>
        <source>The category was moved.</source>
        <translation>The category was moved.</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <source>Delete the category “%1”? Only an empty category can be deleted.</source>
        <translation>Delete the category “%1”? Only an empty category can be deleted.</translation>
    </message>
    <message>
        <source>The category was deleted.</source>
        <translation>The category was deleted.</translation>
    </message>
    <message>
        <source>New brand</source>
        <translation>New brand</translation>
    </message>
    <message>
        <source>Added the brand &quot;%1&quot;.</source>
        <translation>Added the brand &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Select a brand first.</source>
        <translation>Select a brand first.</translation>
    </message>
    <message>
        <source>Rename brand</source>
        <translation>Rename brand</translation>
    </message>
    <message>
        <source>The brand was renamed.</source>
        <translation>The brand was renamed.</translation>
    </message>
    <message>
        <source>Delete brand</source>
        <translation>Delete brand</translation>
    </message>
    <message>
        <source>Delete the brand “%1”? A brand that products still carry is kept.</source>
        <translation>Delete the brand “%1”? A brand that products still carry is kept.</translation>
    </message>
    <message>
        <source>The brand was deleted.</source>
        <translation>The brand was deleted.</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <source>Your other devices will be logged out.</source>
        <translation>Your other devices will be logged out.</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>An administrator reset your password. Choose a new one to go on; the one-time password stops working.</source>
        <translation>An administrator reset your password. Choose a new one to go on; the one-time password stops working.</translation>
    </message>
    <message>
        <source>Set password and continue</source>
        <translation>Set password and continue</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>The new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>New address…</source>
        <translation>New address…</translation>
    </message>
    <message>
        <source>Promo code (optional)</source>
        <translation>Promo code (optional)</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Cash on delivery</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>Place order</translation>
    </message>
    <message>
        <source>Deliver to:</source>
        <translation>Deliver to:</translation>
    </message>
    <message>
        <source>Promo code:</source>
        <translation>Promo code:</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Payment:</translation>
    </message>
    <message numerus="yes">
        <source>One order per seller, %n in all; each is delivered on its own.</source>
        <translation>
            <numerusform>One order per seller, %n in all; each is delivered on its own.</numerusform>
            <numerusform>One order per seller, %n in all; each is delivered on its own.</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a delivery address first</source>
        <translation>Add a delivery address first</translation>
    </message>
    <message>
        <source>Subtotal %1&lt;br&gt;Discount −%2&lt;br&gt;&lt;b&gt;Total %3&lt;/b&gt;</source>
        <translation>Subtotal %1&lt;br&gt;Discount −%2&lt;br&gt;&lt;b&gt;Total %3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose where to deliver, or add an address.</source>
        <translation>Choose where to deliver, or add an address.</translation>
    </message>
    <message>
        <source>Placing order…</source>
        <translation>Placing order…</translation>
    </message>
</context>
<context>
    <name>CliSupport</name>
    <message>
        <source>%1 is not a %2.</source>
        <translation>%1 is not a %2.</translation>
    </message>
</context>
<context>
    <name>ClusterCommand</name>
    <message>
        <source>Manage a private cluster for HexaStore: a primary, a synchronous streaming standby and PgBouncer (transaction mode) in front of each.</source>
        <translation>Manage a private cluster for HexaStore: a primary, a synchronous streaming standby and PgBouncer (transaction mode) in front of each.</translation>
    </message>
    <message>
        <source>Directory of the cluster (default: %1)</source>
        <translation>Directory of the cluster (default: %1)</translation>
    </message>
    <message>
        <source>Throwaway cluster: no fsync (tests only).</source>
        <translation>Throwaway cluster: no fsync (tests only).</translation>
    </message>
    <message>
        <source>With start: initialise the cluster first when needed.</source>
        <translation>With start: initialise the cluster first when needed.</translation>
    </message>
    <message>
        <source>With start: also create this database when missing.</source>
        <translation>With start: also create this database when missing.</translation>
    </message>
    <message>
        <source>Already initialised: %1</source>
        <translation>Already initialised: %1</translation>
    </message>
    <message>
        <source>Initialised and started %1</source>
        <translation>Initialised and started %1</translation>
    </message>
    <message>
        <source>Running: primary 127.0.0.1:%1, standby 127.0.0.1:%2, PgBouncer 127.0.0.1:%3 (primary) and 127.0.0.1:%4 (standby)</source>
        <translation>Running: primary 127.0.0.1:%1, standby 127.0.0.1:%2, PgBouncer 127.0.0.1:%3 (primary) and 127.0.0.1:%4 (standby)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Removed %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>directory:       %1</source>
        <translation>directory:       %1</translation>
    </message>
    <message>
        <source>initialised:     %1</source>
        <translation>initialised:     %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>primary:         %1, port %2</source>
        <translation>primary:         %1, port %2</translation>
    </message>
    <message>
        <source>standby:         %1, port %2</source>
        <translation>standby:         %1, port %2</translation>
    </message>
    <message>
        <source>PgBouncer:       %1, port %2</source>
        <translation>PgBouncer:       %1, port %2</translation>
    </message>
    <message>
        <source>standby&apos;s PgBouncer: %1, port %2</source>
        <translation>standby&apos;s PgBouncer: %1, port %2</translation>
    </message>
    <message>
        <source>client URL:      %1</source>
        <translation>client URL:      %1</translation>
    </message>
    <message>
        <source>read URL:        %1</source>
        <translation>read URL:        %1</translation>
    </message>
    <message>
        <source>failover URL:    %1</source>
        <translation>failover URL:    %1</translation>
    </message>
    <message>
        <source>--dir needs a directory.</source>
        <translation>--dir needs a directory.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>The database address is not valid: %1</source>
        <translation>The database address is not valid: %1</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>it must start with postgresql://</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>the port must be a number from 1 to 65535</translation>
    </message>
    <message>
        <source>unknown sslmode &quot;%1&quot;</source>
        <translation>unknown sslmode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>unknown parameter &quot;%1&quot;</translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation>it names no database</translation>
    </message>
    <message>
        <source>one of its servers has no host name</source>
        <translation>one of its servers has no host name</translation>
    </message>
    <message>
        <source>unknown target_session_attrs &quot;%1&quot;</source>
        <translation>unknown target_session_attrs &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CourierCommand</name>
    <message>
        <source>courier simulate|events (see --help of each)</source>
        <translation>courier simulate|events (see --help of each)</translation>
    </message>
    <message>
        <source>A headless courier: logs in, pulls its deliveries into the local store, takes N random legal steps (each recorded as the screen would, then a sync round), and syncs until nothing is pending. It may be killed at any moment and run again on the same store.</source>
        <translation>A headless courier: logs in, pulls its deliveries into the local store, takes N random legal steps (each recorded as the screen would, then a sync round), and syncs until nothing is pending. It may be killed at any moment and run again on the same store.</translation>
    </message>
    <message>
        <source>The courier&apos;s e-mail.</source>
        <translation>The courier&apos;s e-mail.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Read the password from standard input.</translation>
    </message>
    <message>
        <source>The local store (SQLite file).</source>
        <translation>The local store (SQLite file).</translation>
    </message>
    <message>
        <source>How many steps to take.</source>
        <translation>How many steps to take.</translation>
    </message>
    <message>
        <source>Seed of the random choices.</source>
        <translation>Seed of the random choices.</translation>
    </message>
    <message>
        <source>Seconds the device&apos;s clock is off (fault tests); default 0.</source>
        <translation>Seconds the device&apos;s clock is off (fault tests); default 0.</translation>
    </message>
    <message>
        <source>Give --email, --password-stdin, --store and a whole number of --steps.</source>
        <translation>Give --email, --password-stdin, --store and a whole number of --steps.</translation>
    </message>
    <message>
        <source>The store was damaged; it was moved to %1.</source>
        <translation>The store was damaged; it was moved to %1.</translation>
    </message>
    <message>
        <source>Changes are still waiting.</source>
        <translation>Changes are still waiting.</translation>
    </message>
    <message>
        <source>Recorded %1 steps; nothing is waiting (%2 sync rounds failed on the way).</source>
        <translation>Recorded %1 steps; nothing is waiting (%2 sync rounds failed on the way).</translation>
    </message>
    <message>
        <source>Every event recorded in a courier&apos;s store, in the order recorded: &lt;event id&gt; &lt;pending|acked|rejected&gt; &lt;delivery id&gt; &lt;new status&gt;.</source>
        <translation>Every event recorded in a courier&apos;s store, in the order recorded: &lt;event id&gt; &lt;pending|acked|rejected&gt; &lt;delivery id&gt; &lt;new status&gt;.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>There is no store at %1.</translation>
    </message>
</context>
<context>
    <name>CourierDeliveryDetail</name>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Pick up at:</source>
        <translation>Pick up at:</translation>
    </message>
    <message>
        <source>Deliver to:</source>
        <translation>Deliver to:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Items:</translation>
    </message>
    <message>
        <source>To collect:</source>
        <translation>To collect:</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>Out for delivery</translation>
    </message>
    <message>
        <source>Delivered…</source>
        <translation>Delivered…</translation>
    </message>
    <message>
        <source>Failed attempt…</source>
        <translation>Failed attempt…</translation>
    </message>
    <message>
        <source>Return to seller</source>
        <translation>Return to seller</translation>
    </message>
    <message>
        <source>Choose a delivery</source>
        <translation>Choose a delivery</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>Order #%1</translation>
    </message>
    <message>
        <source>Reassigned: no longer yours (on the server: %1)</source>
        <translation>Reassigned: no longer yours (on the server: %1)</translation>
    </message>
    <message>
        <source>(failed attempts: %1)</source>
        <translation>(failed attempts: %1)</translation>
    </message>
    <message>
        <source>Waiting to be sent to the server.</source>
        <translation>Waiting to be sent to the server.</translation>
    </message>
    <message>
        <source>Not shown any more.</source>
        <translation>Not shown any more.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 in cash</source>
        <translation>%1 in cash</translation>
    </message>
    <message>
        <source>Nothing (paid)</source>
        <translation>Nothing (paid)</translation>
    </message>
</context>
<context>
    <name>CourierDeliveryTableModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>Reassigned</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pick up from</source>
        <translation>Pick up from</translation>
    </message>
    <message>
        <source>Deliver to</source>
        <translation>Deliver to</translation>
    </message>
    <message>
        <source>To collect</source>
        <translation>To collect</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>CourierEventTableModel</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>Delivery %1</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Your step</source>
        <translation>Your step</translation>
    </message>
    <message>
        <source>Not accepted because</source>
        <translation>Not accepted because</translation>
    </message>
    <message>
        <source>State on the server</source>
        <translation>State on the server</translation>
    </message>
</context>
<context>
    <name>CourierPage</name>
    <message>
        <source>The server refused these steps (the delivery was reassigned or cancelled, say). Each delivery shows the server&apos;s state; talk to the dispatcher if that is wrong.</source>
        <translation>The server refused these steps (the delivery was reassigned or cancelled, say). Each delivery shows the server&apos;s state; talk to the dispatcher if that is wrong.</translation>
    </message>
    <message>
        <source>The deliveries on this computer were damaged. The damaged file was kept as %1; your deliveries are fetched from the server again. Steps not yet sent may be in that file: tell support.</source>
        <translation>The deliveries on this computer were damaged. The damaged file was kept as %1; your deliveries are fetched from the server again. Steps not yet sent may be in that file: tell support.</translation>
    </message>
    <message>
        <source>Not accepted by the server (%1)</source>
        <translation>Not accepted by the server (%1)</translation>
    </message>
    <message>
        <source>To pick up (%1)</source>
        <translation>To pick up (%1)</translation>
    </message>
    <message>
        <source>Out for delivery (%1)</source>
        <translation>Out for delivery (%1)</translation>
    </message>
    <message>
        <source>Done today (%1)</source>
        <translation>Done today (%1)</translation>
    </message>
    <message>
        <source>Recorded: %1. It is sent to the server as soon as there is a connection.</source>
        <translation>Recorded: %1. It is sent to the server as soon as there is a connection.</translation>
    </message>
    <message>
        <source>This delivery is no longer on this computer.</source>
        <translation>This delivery is no longer on this computer.</translation>
    </message>
    <message>
        <source>Return to seller</source>
        <translation>Return to seller</translation>
    </message>
    <message>
        <source>Take the goods of order #%1 back to the seller? The order is then cancelled.</source>
        <translation>Take the goods of order #%1 back to the seller? The order is then cancelled.</translation>
    </message>
    <message>
        <source>No deliveries for you right now — the dispatcher assigns them; they appear here by themselves.</source>
        <translation>No deliveries for you right now — the dispatcher assigns them; they appear here by themselves.</translation>
    </message>
</context>
<context>
    <name>CourierProfileDialog</name>
    <message>
        <source>On duty: may be given deliveries</source>
        <translation>On duty: may be given deliveries</translation>
    </message>
    <message>
        <source>Courier %1</source>
        <translation>Courier %1</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>Vehicle:</translation>
    </message>
</context>
<context>
    <name>CourierStore</name>
    <message>
        <source>The deliveries on this computer could not be read.</source>
        <translation>The deliveries on this computer could not be read.</translation>
    </message>
    <message>
        <source>The change could not be saved on this computer.</source>
        <translation>The change could not be saved on this computer.</translation>
    </message>
    <message>
        <source>The deliveries on this computer could not be prepared.</source>
        <translation>The deliveries on this computer could not be prepared.</translation>
    </message>
    <message>
        <source>%1 is not a file; the deliveries cannot be kept there.</source>
        <translation>%1 is not a file; the deliveries cannot be kept there.</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>There is no store at %1.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The deliveries on this computer are damaged.</source>
        <translation>The deliveries on this computer are damaged.</translation>
    </message>
    <message>
        <source>The deliveries on this computer could not be opened: %1</source>
        <translation>The deliveries on this computer could not be opened: %1</translation>
    </message>
    <message>
        <source>The deliveries on this computer are damaged and could not be moved aside to %1.</source>
        <translation>The deliveries on this computer are damaged and could not be moved aside to %1.</translation>
    </message>
    <message>
        <source>The deliveries on this computer could not be opened.</source>
        <translation>The deliveries on this computer could not be opened.</translation>
    </message>
    <message>
        <source>These deliveries belong to another courier&apos;s account.</source>
        <translation>These deliveries belong to another courier&apos;s account.</translation>
    </message>
    <message>
        <source>These deliveries belong to no known account; they are not sent under yours.</source>
        <translation>These deliveries belong to no known account; they are not sent under yours.</translation>
    </message>
    <message>
        <source>This delivery is not assigned to you.</source>
        <translation>This delivery is not assigned to you.</translation>
    </message>
    <message>
        <source>After three failed attempts the goods go back to the seller.</source>
        <translation>After three failed attempts the goods go back to the seller.</translation>
    </message>
    <message>
        <source>A delivery that is “%1” cannot become “%2”.</source>
        <translation>A delivery that is “%1” cannot become “%2”.</translation>
    </message>
    <message>
        <source>Say why the delivery failed.</source>
        <translation>Say why the delivery failed.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>A note can have at most 500 characters.</source>
        <translation>A note can have at most 500 characters.</translation>
    </message>
    <message>
        <source>Enter the name of the person who took the delivery.</source>
        <translation>Enter the name of the person who took the delivery.</translation>
    </message>
    <message>
        <source>Collect exactly %1.</source>
        <translation>Collect exactly %1.</translation>
    </message>
</context>
<context>
    <name>CourierSync</name>
    <message>
        <source>Not connected to the server yet.</source>
        <translation>Not connected to the server yet.</translation>
    </message>
</context>
<context>
    <name>CourierTableModel</name>
    <message>
        <source>On foot</source>
        <translation>On foot</translation>
    </message>
    <message>
        <source>Bicycle</source>
        <translation>Bicycle</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Motorbike</source>
        <translation>Motorbike</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Off duty</source>
        <translation>Off duty</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Duty</translation>
    </message>
    <message>
        <source>In hand</source>
        <translation>In hand</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Nothing is stored in the keychain.</source>
        <translation>Nothing is stored in the keychain.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so HexaStore cannot remember your login. You will be asked for your password next time.</source>
        <translation>No keychain is available on this computer, so HexaStore cannot remember your login. You will be asked for your password next time.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1 is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Line %1 is not UTF-8 text. Save the file as &quot;CSV UTF-8&quot; and try again.</translation>
    </message>
    <message>
        <source>Line %1 opens a quoted field that never ends (a &quot; is missing).</source>
        <translation>Line %1 opens a quoted field that never ends (a &quot; is missing).</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Orders and revenue per day, last 30 days</source>
        <translation>Orders and revenue per day, last 30 days</translation>
    </message>
    <message>
        <source>Orders by status</source>
        <translation>Orders by status</translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation>Orders placed</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
</context>
<context>
    <name>DashboardListModel</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Cash held</source>
        <translation>Cash held</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Revenue (delivered orders)</source>
        <translation>Revenue (delivered orders)</translation>
    </message>
    <message>
        <source>Orders placed</source>
        <translation>Orders placed</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Average order value</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Cancellations</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>New users</translation>
    </message>
    <message>
        <source>Mark received…</source>
        <translation>Mark received…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Best sellers</translation>
    </message>
    <message>
        <source>Low on stock (5 or fewer)</source>
        <translation>Low on stock (5 or fewer)</translation>
    </message>
    <message>
        <source>Cash held by couriers</source>
        <translation>Cash held by couriers</translation>
    </message>
    <message>
        <source>The figures could not be refreshed: %1</source>
        <translation>The figures could not be refreshed: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Orders by status:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Deliveries by status:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Orders by status:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Deliveries by status:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Mark cash received</source>
        <translation>Mark cash received</translation>
    </message>
    <message>
        <source>%1 hands in %2 for %3 deliveries. Count it, then confirm. A note for the audit log is optional.</source>
        <translation>%1 hands in %2 for %3 deliveries. Count it, then confirm. A note for the audit log is optional.</translation>
    </message>
    <message>
        <source>Mark received</source>
        <translation>Mark received</translation>
    </message>
    <message>
        <source>Received %1 from %2.</source>
        <translation>Received %1 from %2.</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The server sent figures this program cannot read.</source>
        <translation>The server sent figures this program cannot read.</translation>
    </message>
    <message>
        <source>A reason can have at most 1,000 characters.</source>
        <translation>A reason can have at most 1,000 characters.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>Could not run %1: %2</source>
        <translation>Could not run %1: %2</translation>
    </message>
    <message>
        <source>The database %1 holds no HexaStore data to back up.</source>
        <translation>The database %1 holds no HexaStore data to back up.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The backup failed:</source>
        <translation>The backup failed:</translation>
    </message>
    <message>
        <source>This backup was made by a newer HexaStore (schema version %1; this program knows up to %2). Restore it with that version or a newer one.</source>
        <translation>This backup was made by a newer HexaStore (schema version %1; this program knows up to %2). Restore it with that version or a newer one.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The restore failed; nothing was changed:</source>
        <translation>The restore failed; nothing was changed:</translation>
    </message>
    <message>
        <source>Other programs stay connected to the database %1; close them and try again.</source>
        <translation>Other programs stay connected to the database %1; close them and try again.</translation>
    </message>
    <message>
        <source>This file holds more than a HexaStore database; it was not made by hexastore-admin backup and is not restored.</source>
        <translation>This file holds more than a HexaStore database; it was not made by hexastore-admin backup and is not restored.</translation>
    </message>
    <message>
        <source>The database %1 is not empty; a backup is restored only into an empty database or a new local server.</source>
        <translation>The database %1 is not empty; a backup is restored only into an empty database or a new local server.</translation>
    </message>
    <message>
        <source>The backup cannot be read:</source>
        <translation>The backup cannot be read:</translation>
    </message>
    <message>
        <source>Cannot write a temporary file.</source>
        <translation>Cannot write a temporary file.</translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Apply the embedded schema migrations (creates the roles when missing).</source>
        <translation>Apply the embedded schema migrations (creates the roles when missing).</translation>
    </message>
    <message>
        <source>The schema is up to date.</source>
        <translation>The schema is up to date.</translation>
    </message>
    <message>
        <source>Applied %1 migration(s).</source>
        <translation>Applied %1 migration(s).</translation>
    </message>
    <message>
        <source>Create a user of any role (the first admin, couriers).</source>
        <translation>Create a user of any role (the first admin, couriers).</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-mail address.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Full name.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Read the password from the first line of standard input.</translation>
    </message>
    <message>
        <source>--role must be buyer, seller, courier or admin.</source>
        <translation>--role must be buyer, seller, courier or admin.</translation>
    </message>
    <message>
        <source>--email, --name and --password-stdin are required.</source>
        <translation>--email, --name and --password-stdin are required.</translation>
    </message>
    <message>
        <source>Created user %1 (%2).</source>
        <translation>Created user %1 (%2).</translation>
    </message>
    <message>
        <source>Create the demo accounts and the demo catalog.</source>
        <translation>Create the demo accounts and the demo catalog.</translation>
    </message>
    <message>
        <source>How many products the demo catalog gets (default 2000).</source>
        <translation>How many products the demo catalog gets (default 2000).</translation>
    </message>
    <message>
        <source>Seed of the generated catalog (the same seed, the same catalog).</source>
        <translation>Seed of the generated catalog (the same seed, the same catalog).</translation>
    </message>
    <message>
        <source>At least this many deliveries in the demo courier&apos;s hands (default 5).</source>
        <translation>At least this many deliveries in the demo courier&apos;s hands (default 5).</translation>
    </message>
    <message>
        <source>Also add this many historical orders spread over the last year (for the dashboard at scale; needs a superuser connection).</source>
        <translation>Also add this many historical orders spread over the last year (for the dashboard at scale; needs a superuser connection).</translation>
    </message>
    <message>
        <source>--products, --seed, --deliveries and --orders take whole numbers.</source>
        <translation>--products, --seed, --deliveries and --orders take whole numbers.</translation>
    </message>
    <message>
        <source>The demo accounts exist already.</source>
        <translation>The demo accounts exist already.</translation>
    </message>
    <message>
        <source>Demo accounts (shown once):</source>
        <translation>Demo accounts (shown once):</translation>
    </message>
    <message>
        <source>  %1 of %2 products (%3 s)</source>
        <translation>  %1 of %2 products (%3 s)</translation>
    </message>
    <message>
        <source>The catalog has products already; it was left as it is.</source>
        <translation>The catalog has products already; it was left as it is.</translation>
    </message>
    <message>
        <source>Added %1 products in %2 s.</source>
        <translation>Added %1 products in %2 s.</translation>
    </message>
    <message>
        <source>Placed %1 demo orders, with promo codes WELCOME10 and SAVE5.</source>
        <translation>Placed %1 demo orders, with promo codes WELCOME10 and SAVE5.</translation>
    </message>
    <message>
        <source>Demo deliveries dispatched to courier@hexastore.test: %1.</source>
        <translation>Demo deliveries dispatched to courier@hexastore.test: %1.</translation>
    </message>
    <message>
        <source>  order history: %1 (%2 s)</source>
        <translation>  order history: %1 (%2 s)</translation>
    </message>
    <message>
        <source>Added %1 historical orders in %2 s.</source>
        <translation>Added %1 historical orders in %2 s.</translation>
    </message>
    <message>
        <source>Show or change server settings: config list | config set KEY VALUE</source>
        <translation>Show or change server settings: config list | config set KEY VALUE</translation>
    </message>
    <message>
        <source>VALUE must be a whole number.</source>
        <translation>VALUE must be a whole number.</translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>The database server writes dates as &quot;%1&quot;; HexaStore needs DateStyle = &apos;ISO&apos; in its configuration.</source>
        <translation>The database server writes dates as &quot;%1&quot;; HexaStore needs DateStyle = &apos;ISO&apos; in its configuration.</translation>
    </message>
</context>
<context>
    <name>DeliveriesPage</name>
    <message>
        <source>Assign to courier</source>
        <translation>Assign to courier</translation>
    </message>
    <message>
        <source>Unassign…</source>
        <translation>Unassign…</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Timeline…</translation>
    </message>
    <message>
        <source>Edit courier…</source>
        <translation>Edit courier…</translation>
    </message>
    <message>
        <source>Ready to dispatch</source>
        <translation>Ready to dispatch</translation>
    </message>
    <message>
        <source>With a courier</source>
        <translation>With a courier</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Order number, city, seller or buyer</source>
        <translation>Order number, city, seller or buyer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Couriers</source>
        <translation>Couriers</translation>
    </message>
    <message>
        <source>Choose the deliveries, then a courier on the right.</source>
        <translation>Choose the deliveries, then a courier on the right.</translation>
    </message>
    <message>
        <source>Courier off duty</source>
        <translation>Courier off duty</translation>
    </message>
    <message>
        <source>%1 is off duty. Give them the deliveries anyway?</source>
        <translation>%1 is off duty. Give them the deliveries anyway?</translation>
    </message>
    <message>
        <source>Assign anyway</source>
        <translation>Assign anyway</translation>
    </message>
    <message>
        <source>Deliveries given to %1: %2.</source>
        <translation>Deliveries given to %1: %2.</translation>
    </message>
    <message>
        <source>Deliveries on their way are handed over one at a time.</source>
        <translation>Deliveries on their way are handed over one at a time.</translation>
    </message>
    <message>
        <source>Hand over delivery</source>
        <translation>Hand over delivery</translation>
    </message>
    <message>
        <source>This delivery is on its way. It goes to %1; the first courier must give the goods to them.</source>
        <translation>This delivery is on its way. It goes to %1; the first courier must give the goods to them.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>The delivery is now with %1.</source>
        <translation>The delivery is now with %1.</translation>
    </message>
    <message>
        <source>Unassign delivery</source>
        <translation>Unassign delivery</translation>
    </message>
    <message>
        <source>The delivery goes back to the queue. A reason is optional and kept in the audit log.</source>
        <translation>The delivery goes back to the queue. A reason is optional and kept in the audit log.</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Unassign</translation>
    </message>
    <message>
        <source>The delivery is back in the queue.</source>
        <translation>The delivery is back in the queue.</translation>
    </message>
    <message>
        <source>The courier&apos;s profile is saved.</source>
        <translation>The courier&apos;s profile is saved.</translation>
    </message>
    <message>
        <source>No deliveries here — confirmed orders appear in the queue.</source>
        <translation>No deliveries here — confirmed orders appear in the queue.</translation>
    </message>
</context>
<context>
    <name>DeliveryQueueTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(%1 failed)</source>
        <translation>(%1 failed)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <source>Waiting for a courier</source>
        <translation>Waiting for a courier</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>Out for delivery</translation>
    </message>
    <message>
        <source>Delivery attempt failed</source>
        <translation>Delivery attempt failed</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Returned to the seller</source>
        <translation>Returned to the seller</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Nobody was there</source>
        <translation>Nobody was there</translation>
    </message>
    <message>
        <source>Address not found</source>
        <translation>Address not found</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
</context>
<context>
    <name>DeliveryTimelineDialog</name>
    <message>
        <source>Delivery of order #%1</source>
        <translation>Delivery of order #%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Nothing has happened to this delivery yet.</source>
        <translation>Nothing has happened to this delivery yet.</translation>
    </message>
</context>
<context>
    <name>DeliveryTimelineModel</name>
    <message>
        <source>courier: %1</source>
        <translation>courier: %1</translation>
    </message>
    <message>
        <source>taken by %1</source>
        <translation>taken by %1</translation>
    </message>
    <message>
        <source>cash %1</source>
        <translation>cash %1</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Server time</translation>
    </message>
    <message>
        <source>Device time</source>
        <translation>Device time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Details and proof</source>
        <translation>Details and proof</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>DispatchService</name>
    <message>
        <source>A reason can have at most 1,000 characters.</source>
        <translation>A reason can have at most 1,000 characters.</translation>
    </message>
    <message>
        <source>Choose one or more deliveries first.</source>
        <translation>Choose one or more deliveries first.</translation>
    </message>
    <message>
        <source>Say why the delivery goes to another courier on its way.</source>
        <translation>Say why the delivery goes to another courier on its way.</translation>
    </message>
</context>
<context>
    <name>FailedAttemptDialog</name>
    <message>
        <source>Delivery attempt failed</source>
        <translation>Delivery attempt failed</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>What happened? (needed for “Other”, at most 500 characters)</source>
        <translation>What happened? (needed for “Other”, at most 500 characters)</translation>
    </message>
    <message>
        <source>Attempt %1 of 3. After the third failed attempt the goods go back to the seller.</source>
        <translation>Attempt %1 of 3. After the third failed attempt the goods go back to the seller.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Record failed attempt</source>
        <translation>Record failed attempt</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>%1 vs. the period before</source>
        <translation>%1 vs. the period before</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Send me a code</source>
        <translation>Send me a code</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Set new password</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Forgot password</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>We e-mail you a code; with it you choose a new password. Every device logged in to your account is logged out.</source>
        <translation>We e-mail you a code; with it you choose a new password. Every device logged in to your account is logged out.</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account.</source>
        <translation>Enter the e-mail address of your account.</translation>
    </message>
    <message>
        <source>If %1 belongs to an account, a code is on its way. It works once, for 15 minutes.</source>
        <translation>If %1 belongs to an account, a code is on its way. It works once, for 15 minutes.</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>Send a new code</translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation>The new passwords do not match.</translation>
    </message>
    <message>
        <source>The code is wrong, used or expired. Check the e-mail, or ask for a new code.</source>
        <translation>The code is wrong, used or expired. Check the e-mail, or ask for a new code.</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX, from the e-mail</source>
        <translation>XXXX-XXXX-XXXX-XXXX, from the e-mail</translation>
    </message>
</context>
<context>
    <name>HistoricalOrderSeeder</name>
    <message>
        <source>Bulk order history needs a superuser connection (it writes with the triggers off).</source>
        <translation>Bulk order history needs a superuser connection (it writes with the triggers off).</translation>
    </message>
    <message>
        <source>Order history needs products, buyers and a courier: run seed-demo without --orders first.</source>
        <translation>Order history needs products, buyers and a courier: run seed-demo without --orders first.</translation>
    </message>
</context>
<context>
    <name>ImageCache</name>
    <message>
        <source>The picture could not be loaded.</source>
        <translation>The picture could not be loaded.</translation>
    </message>
</context>
<context>
    <name>ImageDownloader</name>
    <message>
        <source>Enter a web address that starts with http:// or https://.</source>
        <translation>Enter a web address that starts with http:// or https://.</translation>
    </message>
    <message>
        <source>The picture at that address is larger than 5 MB.</source>
        <translation>The picture at that address is larger than 5 MB.</translation>
    </message>
    <message>
        <source>The server took too long to send the picture.</source>
        <translation>The server took too long to send the picture.</translation>
    </message>
    <message>
        <source>The picture could not be downloaded: %1</source>
        <translation>The picture could not be downloaded: %1</translation>
    </message>
</context>
<context>
    <name>ImagePipeline</name>
    <message>
        <source>The image could not be encoded.</source>
        <translation>The image could not be encoded.</translation>
    </message>
    <message>
        <source>The image is larger than 5 MB (%1 MB).</source>
        <translation>The image is larger than 5 MB (%1 MB).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not a JPEG, PNG or WebP image.</source>
        <translation>This is not a JPEG, PNG or WebP image.</translation>
    </message>
    <message>
        <source>The image is damaged: its size cannot be read.</source>
        <translation>The image is damaged: its size cannot be read.</translation>
    </message>
    <message>
        <source>The image is too large: %1 × %2 pixels (at most %3 a side and 40 megapixels).</source>
        <translation>The image is too large: %1 × %2 pixels (at most %3 a side and 40 megapixels).</translation>
    </message>
    <message>
        <source>The image is damaged or incomplete.</source>
        <translation>The image is damaged or incomplete.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in the file.</source>
        <translation>
            <numerusform>%Ln row in the file.</numerusform>
            <numerusform>%Ln rows in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) cannot be imported as they are; correct them in the file and import it again. Nothing is written until every row is right.</source>
        <translation>
            <numerusform>%Ln row cannot be imported as they are; correct them in the file and import it again. Nothing is written until every row is right.</numerusform>
            <numerusform>%Ln rows cannot be imported as they are; correct them in the file and import it again. Nothing is written until every row is right.</numerusform>
        </translation>
    </message>
    <message>
        <source>New: %1 product(s), %2 variant(s).</source>
        <translation>New: %1 product(s), %2 variant(s).</translation>
    </message>
    <message>
        <source>Changed: %1 product(s), %2 variant(s).</source>
        <translation>Changed: %1 product(s), %2 variant(s).</translation>
    </message>
    <message>
        <source>Left as they are: %1 row(s).</source>
        <translation>Left as they are: %1 row(s).</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(the whole line)</source>
        <translation>(the whole line)</translation>
    </message>
    <message>
        <source>Import %1 row(s)</source>
        <translation>Import %1 row(s)</translation>
    </message>
    <message>
        <source>The first %1 problems are shown.</source>
        <translation>The first %1 problems are shown.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Go to the first … ninth screen in the list</source>
        <translation>Go to the first … ninth screen in the list</translation>
    </message>
    <message>
        <source>Load the screen again from the server</source>
        <translation>Load the screen again from the server</translation>
    </message>
    <message>
        <source>Go to the screen&apos;s search field</source>
        <translation>Go to the screen&apos;s search field</translation>
    </message>
    <message>
        <source>Copy the selected rows (tab-separated, with a header)</source>
        <translation>Copy the selected rows (tab-separated, with a header)</translation>
    </message>
    <message>
        <source>Select every row</source>
        <translation>Select every row</translation>
    </message>
    <message>
        <source>Delete or remove the selected item</source>
        <translation>Delete or remove the selected item</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected row; in a form, its main button</source>
        <translation>Open the selected row; in a form, its main button</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Close the dialog (it asks first when something is unsaved)</source>
        <translation>Close the dialog (it asks first when something is unsaved)</translation>
    </message>
    <message>
        <source>My listings: undo the last change of a price, stock or &quot;for sale&quot;</source>
        <translation>My listings: undo the last change of a price, stock or &quot;for sale&quot;</translation>
    </message>
    <message>
        <source>My listings: redo it</source>
        <translation>My listings: redo it</translation>
    </message>
    <message>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <source>Catalog: the end of the list</source>
        <translation>Catalog: the end of the list</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Right-click</translation>
    </message>
    <message>
        <source>The actions of a list or table</source>
        <translation>The actions of a list or table</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>This list</translation>
    </message>
    <message>
        <source>Quit HexaStore</source>
        <translation>Quit HexaStore</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
</context>
<context>
    <name>ListingCsv</name>
    <message>
        <source>The file is empty. Its first line names the columns: %1.</source>
        <translation>The file is empty. Its first line names the columns: %1.</translation>
    </message>
    <message>
        <source>The first line names a column &quot;%1&quot; that listings do not have. The columns are: %2.</source>
        <translation>The first line names a column &quot;%1&quot; that listings do not have. The columns are: %2.</translation>
    </message>
    <message>
        <source>The first line names the column &quot;%1&quot; twice.</source>
        <translation>The first line names the column &quot;%1&quot; twice.</translation>
    </message>
    <message>
        <source>The first line lacks the column(s) %1. The columns are: %2.</source>
        <translation>The first line lacks the column(s) %1. The columns are: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>This line has %1 field(s); the first line names %2 columns. Is a separator or a quote missing?</source>
        <translation>This line has %1 field(s); the first line names %2 columns. Is a separator or a quote missing?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a product id: a whole number, or empty for a new product.</source>
        <translation>&quot;%1&quot; is not a product id: a whole number, or empty for a new product.</translation>
    </message>
    <message>
        <source>The product needs a name.</source>
        <translation>The product needs a name.</translation>
    </message>
    <message>
        <source>The name starts or ends with spaces; remove them.</source>
        <translation>The name starts or ends with spaces; remove them.</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most 200 are allowed.</source>
        <translation>The name has %1 characters; at most 200 are allowed.</translation>
    </message>
    <message>
        <source>Every product needs a category.</source>
        <translation>Every product needs a category.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither true nor false (also: yes/no, 1/0).</source>
        <translation>&quot;%1&quot; is neither true nor false (also: yes/no, 1/0).</translation>
    </message>
    <message>
        <source>Every variant needs a SKU.</source>
        <translation>Every variant needs a SKU.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SKU: up to 64 letters, digits and . _ / -, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; is not a SKU: up to 64 letters, digits and . _ / -, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>The options are not a JSON object such as {&quot;size&quot;: &quot;M&quot;}.</source>
        <translation>The options are not a JSON object such as {&quot;size&quot;: &quot;M&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: digits with at most two decimals, such as 12.50, without thousands separators or currency.</source>
        <translation>&quot;%1&quot; is not a price: digits with at most two decimals, such as 12.50, without thousands separators or currency.</translation>
    </message>
    <message>
        <source>A price is from 0.01 to 1,000,000,000; this is %1.</source>
        <translation>A price is from 0.01 to 1,000,000,000; this is %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stock: a whole number from 0 to 999,999,999.</source>
        <translation>&quot;%1&quot; is not a stock: a whole number from 0 to 999,999,999.</translation>
    </message>
</context>
<context>
    <name>ListingImportService</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>You have no listing with the id %1.</source>
        <translation>You have no listing with the id %1.</translation>
    </message>
    <message>
        <source>There is no category &quot;%1&quot;.</source>
        <translation>There is no category &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Several categories are called &quot;%1&quot;; write its whole path, such as &quot;Parent &gt; %1&quot;.</source>
        <translation>Several categories are called &quot;%1&quot;; write its whole path, such as &quot;Parent &gt; %1&quot;.</translation>
    </message>
    <message>
        <source>There is no brand &quot;%1&quot;; leave the brand empty or ask an administrator to add it.</source>
        <translation>There is no brand &quot;%1&quot;; leave the brand empty or ask an administrator to add it.</translation>
    </message>
    <message>
        <source>The SKU %1 belongs to another seller&apos;s listing.</source>
        <translation>The SKU %1 belongs to another seller&apos;s listing.</translation>
    </message>
    <message>
        <source>The SKU %1 belongs to a listing you deleted.</source>
        <translation>The SKU %1 belongs to a listing you deleted.</translation>
    </message>
    <message>
        <source>This SKU is on line %1 already.</source>
        <translation>This SKU is on line %1 already.</translation>
    </message>
    <message>
        <source>This SKU belongs to your listing %1, not to this one.</source>
        <translation>This SKU belongs to your listing %1, not to this one.</translation>
    </message>
    <message>
        <source>Several of your listings are called &quot;%1&quot;; give the product_id of the one you mean.</source>
        <translation>Several of your listings are called &quot;%1&quot;; give the product_id of the one you mean.</translation>
    </message>
    <message>
        <source>Line %1 has the same product with another %2; the rows of one product must agree.</source>
        <translation>Line %1 has the same product with another %2; the rows of one product must agree.</translation>
    </message>
    <message>
        <source>An administrator hid this listing; it cannot be put back on sale by an import.</source>
        <translation>An administrator hid this listing; it cannot be put back on sale by an import.</translation>
    </message>
    <message>
        <source>The database refused this row (%1).</source>
        <translation>The database refused this row (%1).</translation>
    </message>
    <message>
        <source>Correct the rows with problems first; nothing was imported.</source>
        <translation>Correct the rows with problems first; nothing was imported.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; split it into several files.</source>
        <translation>%1 is larger than %2 MB; split it into several files.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
</context>
<context>
    <name>ListingService</name>
    <message>
        <source>&quot;%1&quot; is not a valid SKU: use 1 to 64 letters, digits, dots, dashes, slashes or underscores, starting with a letter or digit.</source>
        <translation>&quot;%1&quot; is not a valid SKU: use 1 to 64 letters, digits, dots, dashes, slashes or underscores, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>%1 has no valid price: a price is from 0.01 to 1,000,000,000.</source>
        <translation>%1 has no valid price: a price is from 0.01 to 1,000,000,000.</translation>
    </message>
    <message>
        <source>Stock cannot be negative.</source>
        <translation>Stock cannot be negative.</translation>
    </message>
    <message>
        <source>A price is from 0.01 to 1,000,000,000.</source>
        <translation>A price is from 0.01 to 1,000,000,000.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>This item no longer exists.</translation>
    </message>
    <message>
        <source>You can change only your own listings.</source>
        <translation>You can change only your own listings.</translation>
    </message>
    <message>
        <source>Someone else changed %1 (%2) meanwhile: it now costs %3 with %4 in stock. Reload to see the current values, then make your change again.</source>
        <translation>Someone else changed %1 (%2) meanwhile: it now costs %3 with %4 in stock. Reload to see the current values, then make your change again.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Give the product a name of 1 to 200 characters.</source>
        <translation>Give the product a name of 1 to 200 characters.</translation>
    </message>
    <message>
        <source>The description can have at most 10,000 characters.</source>
        <translation>The description can have at most 10,000 characters.</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <source>A product needs at least one variant.</source>
        <translation>A product needs at least one variant.</translation>
    </message>
    <message>
        <source>The SKU %1 is used twice.</source>
        <translation>The SKU %1 is used twice.</translation>
    </message>
    <message>
        <source>Someone else changed this product since you opened it. Close the editor, reload, and make your changes again.</source>
        <translation>Someone else changed this product since you opened it. Close the editor, reload, and make your changes again.</translation>
    </message>
    <message>
        <source>The SKU %1 is already used by another product.</source>
        <translation>The SKU %1 is already used by another product.</translation>
    </message>
</context>
<context>
    <name>ListingTableModel</name>
    <message>
        <source>Hidden by an administrator: %1</source>
        <translation>Hidden by an administrator: %1</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Double-click to change</source>
        <translation>Double-click to change</translation>
    </message>
    <message>
        <source>An administrator took this product out of the catalog: %1</source>
        <translation>An administrator took this product out of the catalog: %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>For sale</source>
        <translation>For sale</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Saved %1 (%2).</source>
        <translation>Saved %1 (%2).</translation>
    </message>
    <message>
        <source>That row is still being saved; undo again in a moment.</source>
        <translation>That row is still being saved; undo again in a moment.</translation>
    </message>
    <message>
        <source>The changed row is not in the list now (a search hides it), so its change cannot be undone from here.</source>
        <translation>The changed row is not in the list now (a search hides it), so its change cannot be undone from here.</translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message>
        <source>Find in my listings</source>
        <translation>Find in my listings</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>New product…</translation>
    </message>
    <message>
        <source>Edit product…</source>
        <translation>Edit product…</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Delete product</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Show the selected products in the catalog</source>
        <translation>Show the selected products in the catalog</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Take the selected products out of the catalog</source>
        <translation>Take the selected products out of the catalog</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>price change</source>
        <translation>price change</translation>
    </message>
    <message>
        <source>stock change</source>
        <translation>stock change</translation>
    </message>
    <message>
        <source>for-sale change</source>
        <translation>for-sale change</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Changed meanwhile</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Keep the list as it is</source>
        <translation>Keep the list as it is</translation>
    </message>
    <message>
        <source>Select one product to edit.</source>
        <translation>Select one product to edit.</translation>
    </message>
    <message>
        <source>Select the products first.</source>
        <translation>Select the products first.</translation>
    </message>
    <message>
        <source>Hide products</source>
        <translation>Hide products</translation>
    </message>
    <message numerus="yes">
        <source>Take %n product(s) out of the catalog? Buyers no longer find them; carts that hold them cannot check them out.</source>
        <translation>
            <numerusform>Take %n product out of the catalog? Buyers no longer find them; carts that hold them cannot check them out.</numerusform>
            <numerusform>Take %n products out of the catalog? Buyers no longer find them; carts that hold them cannot check them out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) listed.</source>
        <translation>
            <numerusform>%n product listed.</numerusform>
            <numerusform>%n products listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) hidden.</source>
        <translation>
            <numerusform>%n product hidden.</numerusform>
            <numerusform>%n products hidden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export listings</source>
        <translation>Export listings</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exporting your listings…</source>
        <translation>Exporting your listings…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The product was saved.</source>
        <translation>The product was saved.</translation>
    </message>
    <message>
        <source>Select one product to delete.</source>
        <translation>Select one product to delete.</translation>
    </message>
    <message>
        <source>Delete “%1” with all its variants? A product that has been ordered is archived instead, so that order history stays whole.</source>
        <translation>Delete “%1” with all its variants? A product that has been ordered is archived instead, so that order history stays whole.</translation>
    </message>
    <message>
        <source>The product had been ordered, so it was archived.</source>
        <translation>The product had been ordered, so it was archived.</translation>
    </message>
    <message>
        <source>The product was deleted.</source>
        <translation>The product was deleted.</translation>
    </message>
    <message>
        <source>No products here yet — create one with “New product…”.</source>
        <translation>No products here yet — create one with “New product…”.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Import listings</source>
        <translation>Import listings</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Importing your listings…</source>
        <translation>Importing your listings…</translation>
    </message>
    <message>
        <source>Nothing was imported: the catalog changed since the preview.</source>
        <translation>Nothing was imported: the catalog changed since the preview.</translation>
    </message>
    <message>
        <source>Imported: %1 new product(s), %2 new and %3 changed variant(s).</source>
        <translation>Imported: %1 new product(s), %2 new and %3 changed variant(s).</translation>
    </message>
</context>
<context>
    <name>LocalBackupController</name>
    <message>
        <source>Backing up… %1 written</source>
        <translation>Backing up… %1 written</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>A backup is being made; restore when it has finished.</source>
        <translation>A backup is being made; restore when it has finished.</translation>
    </message>
</context>
<context>
    <name>LocalCluster</name>
    <message>
        <source>There is no local cluster in %1 yet; initialise it first.</source>
        <translation>There is no local cluster in %1 yet; initialise it first.</translation>
    </message>
    <message>
        <source>%1 does not hold a HexaStore local cluster; not removing it.</source>
        <translation>%1 does not hold a HexaStore local cluster; not removing it.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Could not remove %1.</translation>
    </message>
</context>
<context>
    <name>LocalServer</name>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>There is no local server in %1 yet; initialise it first.</source>
        <translation>There is no local server in %1 yet; initialise it first.</translation>
    </message>
    <message>
        <source>The local database server did not start: %1</source>
        <translation>The local database server did not start: %1</translation>
    </message>
    <message>
        <source>%1 does not hold a HexaStore local server; not removing it.</source>
        <translation>%1 does not hold a HexaStore local server; not removing it.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Could not remove %1.</translation>
    </message>
</context>
<context>
    <name>LocalServerCommand</name>
    <message>
        <source>Manage a private PostgreSQL server for HexaStore.</source>
        <translation>Manage a private PostgreSQL server for HexaStore.</translation>
    </message>
    <message>
        <source>Directory of the server (default: %1)</source>
        <translation>Directory of the server (default: %1)</translation>
    </message>
    <message>
        <source>Throwaway server: no fsync (tests only).</source>
        <translation>Throwaway server: no fsync (tests only).</translation>
    </message>
    <message>
        <source>With start: initialise the server first when needed.</source>
        <translation>With start: initialise the server first when needed.</translation>
    </message>
    <message>
        <source>With start: also create this database when missing.</source>
        <translation>With start: also create this database when missing.</translation>
    </message>
    <message>
        <source>Already initialised: %1</source>
        <translation>Already initialised: %1</translation>
    </message>
    <message>
        <source>Initialised %1</source>
        <translation>Initialised %1</translation>
    </message>
    <message>
        <source>Running: socket in %1, TCP 127.0.0.1:%2</source>
        <translation>Running: socket in %1, TCP 127.0.0.1:%2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Removed %1</translation>
    </message>
    <message>
        <source>directory:   %1</source>
        <translation>directory:   %1</translation>
    </message>
    <message>
        <source>initialised: %1</source>
        <translation>initialised: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>running:     %1</source>
        <translation>running:     %1</translation>
    </message>
    <message>
        <source>port:        %1</source>
        <translation>port:        %1</translation>
    </message>
    <message>
        <source>client URL:  %1</source>
        <translation>client URL:  %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>HexaStore — Log in</source>
        <translation>HexaStore — Log in</translation>
    </message>
    <message>
        <source>Marketplace back office</source>
        <translation>Marketplace back office</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>Buy things</source>
        <translation>Buy things</translation>
    </message>
    <message>
        <source>Sell things</source>
        <translation>Sell things</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>I want to:</source>
        <translation>I want to:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Local server on this computer</source>
        <translation>Local server on this computer</translation>
    </message>
    <message>
        <source>Remote PostgreSQL server</source>
        <translation>Remote PostgreSQL server</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>Kept in the keychain</source>
        <translation>Kept in the keychain</translation>
    </message>
    <message>
        <source>Verify certificate and host name (safest)</source>
        <translation>Verify certificate and host name (safest)</translation>
    </message>
    <message>
        <source>Require encryption</source>
        <translation>Require encryption</translation>
    </message>
    <message>
        <source>Use encryption when offered</source>
        <translation>Use encryption when offered</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>No encryption</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Client role:</source>
        <translation>Client role:</translation>
    </message>
    <message>
        <source>Role password:</source>
        <translation>Role password:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Encryption:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Enter the host, the database and the client role of the server.</source>
        <translation>Enter the host, the database and the client role of the server.</translation>
    </message>
    <message>
        <source>standby.example.com:6432 (optional)</source>
        <translation>standby.example.com:6432 (optional)</translation>
    </message>
    <message>
        <source>A read-only copy of the database (a streaming standby) to read the catalog from. Same database, role and encryption.</source>
        <translation>A read-only copy of the database (a streaming standby) to read the catalog from. Same database, role and encryption.</translation>
    </message>
    <message>
        <source>Catalog reads from:</source>
        <translation>Catalog reads from:</translation>
    </message>
    <message>
        <source>Enter the read-only server as a host name, or as host:port (for example standby.example.com:6432), or leave it empty.</source>
        <translation>Enter the read-only server as a host name, or as host:port (for example standby.example.com:6432), or leave it empty.</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Forgot password?</translation>
    </message>
</context>
<context>
    <name>LoginHistoryModel</name>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Logged in with a one-time password</source>
        <translation>Logged in with a one-time password</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>Refused: locked after failures</source>
        <translation>Refused: locked after failures</translation>
    </message>
    <message>
        <source>Refused: account disabled</source>
        <translation>Refused: account disabled</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
</context>
<context>
    <name>MailCommand</name>
    <message>
        <source>HexaStore: %1</source>
        <translation>HexaStore: %1</translation>
    </message>
    <message>
        <source>sent #%1 to %2</source>
        <translation>sent #%1 to %2</translation>
    </message>
    <message>
        <source>not sent #%1 to %2 (attempt %3): %4</source>
        <translation>not sent #%1 to %2 (attempt %3): %4</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1.</source>
        <translation>--limit takes a whole number from 1.</translation>
    </message>
    <message>
        <source>%1 sent, %2 failed (tried again later), %3 notification(s) queued.</source>
        <translation>%1 sent, %2 failed (tried again later), %3 notification(s) queued.</translation>
    </message>
    <message>
        <source>Not known whether these went out (the sender stopped while sending); they are not sent again by themselves:</source>
        <translation>Not known whether these went out (the sender stopped while sending); they are not sent again by themselves:</translation>
    </message>
    <message>
        <source>At most this many messages per run (default 100).</source>
        <translation>At most this many messages per run (default 100).</translation>
    </message>
    <message>
        <source>Unknown key %1. Keys: smtp_host, smtp_port, smtp_starttls, smtp_username, smtp_password, mail_from.</source>
        <translation>Unknown key %1. Keys: smtp_host, smtp_port, smtp_starttls, smtp_username, smtp_password, mail_from.</translation>
    </message>
    <message>
        <source>The e-mail outbox: mail send | mail set KEY VALUE (- reads it from standard input) | mail settings
Keys: smtp_host, smtp_port (587), smtp_starttls (true|false), smtp_username, smtp_password, mail_from.</source>
        <translation>The e-mail outbox: mail send | mail set KEY VALUE (- reads it from standard input) | mail settings
Keys: smtp_host, smtp_port (587), smtp_starttls (true|false), smtp_username, smtp_password, mail_from.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Dashboard: the whole marketplace</source>
        <translation>Dashboard: the whole marketplace</translation>
    </message>
    <message>
        <source>Dashboard: your shop</source>
        <translation>Dashboard: your shop</translation>
    </message>
    <message>
        <source>My deliveries</source>
        <translation>My deliveries</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>My listings</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Orders for my products</source>
        <translation>Orders for my products</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <source>Your cart</source>
        <translation>Your cart</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>My orders</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Delivery addresses</source>
        <translation>Delivery addresses</translation>
    </message>
    <message>
        <source>Categories &amp; brands</source>
        <translation>Categories &amp; brands</translation>
    </message>
    <message>
        <source>Categories and brands</source>
        <translation>Categories and brands</translation>
    </message>
    <message>
        <source>Promo codes</source>
        <translation>Promo codes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>Log out &amp;everywhere…</source>
        <translation>Log out &amp;everywhere…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Like the &amp;system</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About HexaStore</source>
        <translation>&amp;About HexaStore</translation>
    </message>
    <message>
        <source>Your password was changed; other devices were logged out.</source>
        <translation>Your password was changed; other devices were logged out.</translation>
    </message>
    <message>
        <source>About HexaStore</source>
        <translation>About HexaStore</translation>
    </message>
    <message>
        <source>&lt;b&gt;HexaStore %1&lt;/b&gt;&lt;br&gt;A marketplace back office for buyers, sellers, couriers and administrators, on PostgreSQL.</source>
        <translation>&lt;b&gt;HexaStore %1&lt;/b&gt;&lt;br&gt;A marketplace back office for buyers, sellers, couriers and administrators, on PostgreSQL.</translation>
    </message>
    <message>
        <source>Log out everywhere</source>
        <translation>Log out everywhere</translation>
    </message>
    <message>
        <source>Log out on every computer and phone where you are logged in, this one included? Work not yet saved elsewhere is lost there.</source>
        <translation>Log out on every computer and phone where you are logged in, this one included? Work not yet saved elsewhere is lost there.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Connected to %1 as %2</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Not connected: %1</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>Notifications (%1)</translation>
    </message>
    <message>
        <source>%1 and %2 more.</source>
        <translation>%1 and %2 more.</translation>
    </message>
    <message>
        <source>HexaStore</source>
        <translation>HexaStore</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>Could not prepare the database (roles, schema). The migration needs a superuser or a role with CREATEROLE: %1</source>
        <translation>Could not prepare the database (roles, schema). The migration needs a superuser or a role with CREATEROLE: %1</translation>
    </message>
    <message>
        <source>Migration %1 (%2) was changed after it had been applied to this database. Refusing to continue.</source>
        <translation>Migration %1 (%2) was changed after it had been applied to this database. Refusing to continue.</translation>
    </message>
    <message>
        <source>Applying migration %1: %2</source>
        <translation>Applying migration %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) failed: %3</translation>
    </message>
</context>
<context>
    <name>MoneyDelegate</name>
    <message>
        <source>&quot;%1&quot; is not a price from %2 to %3; write it like %4.</source>
        <translation>&quot;%1&quot; is not a price from %2 to %3; write it like %4.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Why? Kept in the audit log with your name.</source>
        <translation>Why? Kept in the audit log with your name.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s e-mail address.</source>
        <translation>Enter the new user&apos;s e-mail address.</translation>
    </message>
    <message>
        <source>Enter the new user&apos;s name.</source>
        <translation>Enter the new user&apos;s name.</translation>
    </message>
</context>
<context>
    <name>NotificationService</name>
    <message>
        <source>Your order #%1 was confirmed by the seller.</source>
        <translation>Your order #%1 was confirmed by the seller.</translation>
    </message>
    <message>
        <source>Your order #%1 is on its way.</source>
        <translation>Your order #%1 is on its way.</translation>
    </message>
    <message>
        <source>Your order #%1 was delivered.</source>
        <translation>Your order #%1 was delivered.</translation>
    </message>
    <message>
        <source>Your order #%1 was cancelled.</source>
        <translation>Your order #%1 was cancelled.</translation>
    </message>
    <message>
        <source>The courier could not deliver your order #%1; they will try again.</source>
        <translation>The courier could not deliver your order #%1; they will try again.</translation>
    </message>
    <message>
        <source>New order #%1.</source>
        <translation>New order #%1.</translation>
    </message>
    <message>
        <source>Order #%1 was cancelled.</source>
        <translation>Order #%1 was cancelled.</translation>
    </message>
    <message>
        <source>Delivery #%1 (order #%2) is yours to deliver.</source>
        <translation>Delivery #%1 (order #%2) is yours to deliver.</translation>
    </message>
    <message>
        <source>Delivery #%1 (order #%2) was changed by the dispatcher.</source>
        <translation>Delivery #%1 (order #%2) was changed by the dispatcher.</translation>
    </message>
    <message>
        <source>Delivery #%1 (order #%2) is no longer yours.</source>
        <translation>Delivery #%1 (order #%2) is no longer yours.</translation>
    </message>
    <message>
        <source>Something happened to order #%1.</source>
        <translation>Something happened to order #%1.</translation>
    </message>
</context>
<context>
    <name>NotificationTableModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Nothing yet. News about your orders and deliveries appears here.</source>
        <translation>Nothing yet. News about your orders and deliveries appears here.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <source>Choose a notification first.</source>
        <translation>Choose a notification first.</translation>
    </message>
</context>
<context>
    <name>OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>Give this one-time password to %1 (%2) in person or by phone. They must choose a new password when they log in with it. It is shown only now.</source>
        <translation>Give this one-time password to %1 (%2) in person or by phone. They must choose a new password when they log in with it. It is shown only now.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>There is no setting &quot;%1&quot;.</source>
        <translation>There is no setting &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>OrderItemTableModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>The connection broke while your order was being placed. Check &quot;My orders&quot; once the connection is back before ordering again.</source>
        <translation>The connection broke while your order was being placed. Check &quot;My orders&quot; once the connection is back before ordering again.</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>Mark shipped</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>%1 minus %2 discount (%3)</source>
        <translation>%1 minus %2 discount (%3)</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>by the buyer</source>
        <translation>by the buyer</translation>
    </message>
    <message>
        <source>by the seller</source>
        <translation>by the seller</translation>
    </message>
    <message>
        <source>by the courier</source>
        <translation>by the courier</translation>
    </message>
    <message>
        <source>by an administrator</source>
        <translation>by an administrator</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>Order #, buyer or seller</source>
        <translation>Order #, buyer or seller</translation>
    </message>
    <message>
        <source>Order # or buyer</source>
        <translation>Order # or buyer</translation>
    </message>
    <message>
        <source>From: any</source>
        <translation>From: any</translation>
    </message>
    <message>
        <source>Until: any</source>
        <translation>Until: any</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Order #%1 — %2</source>
        <translation>Order #%1 — %2</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Placed %1</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>Buyer: %1</translation>
    </message>
    <message>
        <source>Seller: %1</source>
        <translation>Seller: %1</translation>
    </message>
    <message>
        <source>Payment: cash on delivery</source>
        <translation>Payment: cash on delivery</translation>
    </message>
    <message>
        <source>Delivery: %1</source>
        <translation>Delivery: %1</translation>
    </message>
    <message>
        <source>Subtotal %1</source>
        <translation>Subtotal %1</translation>
    </message>
    <message>
        <source>, discount −%1 (%2)</source>
        <translation>, discount −%1 (%2)</translation>
    </message>
    <message>
        <source>, total %1</source>
        <translation>, total %1</translation>
    </message>
    <message>
        <source>Deliver to:</source>
        <translation>Deliver to:</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>received by %1</source>
        <translation>received by %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Order #%1 becomes %2. The reason is kept in the audit log.</source>
        <translation>Order #%1 becomes %2. The reason is kept in the audit log.</translation>
    </message>
    <message>
        <source>Order #%1 becomes %2. The buyer sees the reason, if you give one.</source>
        <translation>Order #%1 becomes %2. The buyer sees the reason, if you give one.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Cancel order #%1? Its items go back on sale.</source>
        <translation>Cancel order #%1? Its items go back on sale.</translation>
    </message>
    <message>
        <source>Order #%1: %2.</source>
        <translation>Order #%1: %2.</translation>
    </message>
    <message>
        <source>No orders yet — browse the catalog, fill your cart and check out.</source>
        <translation>No orders yet — browse the catalog, fill your cart and check out.</translation>
    </message>
    <message>
        <source>No orders for your products yet.</source>
        <translation>No orders for your products yet.</translation>
    </message>
    <message>
        <source>No orders match these filters.</source>
        <translation>No orders match these filters.</translation>
    </message>
</context>
<context>
    <name>PgBouncerServer</name>
    <message>
        <source>Could not write the configuration in %1.</source>
        <translation>Could not write the configuration in %1.</translation>
    </message>
    <message>
        <source>There is no PgBouncer configured in %1 yet.</source>
        <translation>There is no PgBouncer configured in %1 yet.</translation>
    </message>
    <message>
        <source>PgBouncer is not installed (package pgbouncer); packaging/setup.sh installs it.</source>
        <translation>PgBouncer is not installed (package pgbouncer); packaging/setup.sh installs it.</translation>
    </message>
    <message>
        <source>PgBouncer did not start: %1</source>
        <translation>PgBouncer did not start: %1</translation>
    </message>
    <message>
        <source>PgBouncer (process %1) did not stop.</source>
        <translation>PgBouncer (process %1) did not stop.</translation>
    </message>
</context>
<context>
    <name>PgInstallation</name>
    <message>
        <source>The PostgreSQL server is not installed (Debian package &quot;postgresql&quot;); the local server needs it.</source>
        <translation>The PostgreSQL server is not installed (Debian package &quot;postgresql&quot;); the local server needs it.</translation>
    </message>
</context>
<context>
    <name>PickupDetailsBox</name>
    <message>
        <source>Pickup for couriers</source>
        <translation>Pickup for couriers</translation>
    </message>
    <message>
        <source>Save pickup details</source>
        <translation>Save pickup details</translation>
    </message>
    <message>
        <source>Street and number, postcode and city, where to ring</source>
        <translation>Street and number, postcode and city, where to ring</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Pickup address:</source>
        <translation>Pickup address:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Couriers now see these pickup details.</source>
        <translation>Couriers now see these pickup details.</translation>
    </message>
</context>
<context>
    <name>PickupDetailsService</name>
    <message>
        <source>A pickup address can have at most 500 characters.</source>
        <translation>A pickup address can have at most 500 characters.</translation>
    </message>
</context>
<context>
    <name>ProductDetailDialog</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Write a review…</source>
        <translation>Write a review…</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Add to cart</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Quantity:</translation>
    </message>
    <message>
        <source>Edit product…</source>
        <translation>Edit product…</translation>
    </message>
    <message>
        <source>Hide listing</source>
        <translation>Hide listing</translation>
    </message>
    <message>
        <source>Show listing</source>
        <translation>Show listing</translation>
    </message>
    <message>
        <source>“%1” goes back into the catalog, and the seller&apos;s note about why it was hidden goes away.</source>
        <translation>“%1” goes back into the catalog, and the seller&apos;s note about why it was hidden goes away.</translation>
    </message>
    <message>
        <source>“%1” is taken out of the catalog. Its seller sees your reason and cannot list it again until an administrator shows it.</source>
        <translation>“%1” is taken out of the catalog. Its seller sees your reason and cannot list it again until an administrator shows it.</translation>
    </message>
    <message>
        <source>“%1” is back in the catalog.</source>
        <translation>“%1” is back in the catalog.</translation>
    </message>
    <message>
        <source>“%1” is hidden from the catalog; its seller sees why.</source>
        <translation>“%1” is hidden from the catalog; its seller sees why.</translation>
    </message>
    <message numerus="yes">
        <source>Enter a quantity from 1 to %n, the stock; you wrote %1.</source>
        <translation>
            <numerusform>Enter a quantity from 1 to %n, the stock; you wrote %1.</numerusform>
            <numerusform>Enter a quantity from 1 to %n, the stock; you wrote %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Sold out</translation>
    </message>
    <message>
        <source>Added %1 to your cart (%2 in it now).</source>
        <translation>Added %1 to your cart (%2 in it now).</translation>
    </message>
    <message>
        <source>No reviews yet</source>
        <translation>No reviews yet</translation>
    </message>
    <message>
        <source>Edit your review…</source>
        <translation>Edit your review…</translation>
    </message>
    <message>
        <source>%1 (hidden)</source>
        <translation>%1 (hidden)</translation>
    </message>
    <message>
        <source>Brand: %1</source>
        <translation>Brand: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <source>Sold by %1</source>
        <translation>Sold by %1</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>The picture could not be loaded.</source>
        <translation>The picture could not be loaded.</translation>
    </message>
</context>
<context>
    <name>ProductEditorDialog</name>
    <message>
        <source>Choose a category…</source>
        <translation>Choose a category…</translation>
    </message>
    <message>
        <source>Show in the catalog</source>
        <translation>Show in the catalog</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>No brand</source>
        <translation>No brand</translation>
    </message>
    <message>
        <source>Add variant</source>
        <translation>Add variant</translation>
    </message>
    <message>
        <source>Remove variant</source>
        <translation>Remove variant</translation>
    </message>
    <message>
        <source>Drag to change the order; the first picture is the one the catalog shows.</source>
        <translation>Drag to change the order; the first picture is the one the catalog shows.</translation>
    </message>
    <message>
        <source>Add picture…</source>
        <translation>Add picture…</translation>
    </message>
    <message>
        <source>Add from web address…</source>
        <translation>Add from web address…</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Remove picture</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>Brand:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Variants (SKU, options like &quot;size: M, colour: blue&quot;, price, stock):</source>
        <translation>Variants (SKU, options like &quot;size: M, colour: blue&quot;, price, stock):</translation>
    </message>
    <message>
        <source>Pictures (JPEG, PNG or WebP, at most 5 MB each):</source>
        <translation>Pictures (JPEG, PNG or WebP, at most 5 MB each):</translation>
    </message>
    <message>
        <source>Add picture</source>
        <translation>Add picture</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.webp);;All files (*)</translation>
    </message>
    <message>
        <source>The file is larger than 5 MB.</source>
        <translation>The file is larger than 5 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Add from web address</source>
        <translation>Add from web address</translation>
    </message>
    <message>
        <source>Address of the picture:</source>
        <translation>Address of the picture:</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <source>The changes to this product have not been saved.</source>
        <translation>The changes to this product have not been saved.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <source>Give every variant a price: the one in row %1 has none.</source>
        <translation>Give every variant a price: the one in row %1 has none.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Out of stock</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>No reviews</source>
        <translation>No reviews</translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <translation>★ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PromoCodeDialog</name>
    <message>
        <source>A limit is a number of uses from 1 to 1,000,000, or 0 for no limit.</source>
        <translation>A limit is a number of uses from 1 to 1,000,000, or 0 for no limit.</translation>
    </message>
    <message>
        <source>0: no limit</source>
        <translation>0: no limit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Edit promo code</source>
        <translation>Edit promo code</translation>
    </message>
    <message>
        <source>New promo code</source>
        <translation>New promo code</translation>
    </message>
    <message>
        <source>e.g. SPRING10</source>
        <translation>e.g. SPRING10</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>Percentage off</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Amount off</translation>
    </message>
    <message>
        <source>A percentage is a whole number from 1 to 100.</source>
        <translation>A percentage is a whole number from 1 to 100.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Discount:</translation>
    </message>
    <message>
        <source>Minimum subtotal:</source>
        <translation>Minimum subtotal:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>Uses in total:</source>
        <translation>Uses in total:</translation>
    </message>
    <message>
        <source>Uses per buyer:</source>
        <translation>Uses per buyer:</translation>
    </message>
    <message>
        <source>Used so far:</source>
        <translation>Used so far:</translation>
    </message>
    <message>
        <source>Enter the amount off, like %1.</source>
        <translation>Enter the amount off, like %1.</translation>
    </message>
    <message>
        <source>The minimum subtotal cannot be negative; leave it empty for none.</source>
        <translation>The minimum subtotal cannot be negative; leave it empty for none.</translation>
    </message>
    <message>
        <source>Enter the minimum subtotal as an amount, or leave it empty.</source>
        <translation>Enter the minimum subtotal as an amount, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>PromoCodeService</name>
    <message>
        <source>Someone else changed or deleted this promo code meanwhile. Reload the list and try again.</source>
        <translation>Someone else changed or deleted this promo code meanwhile. Reload the list and try again.</translation>
    </message>
</context>
<context>
    <name>PromoCodeStatus</name>
    <message>
        <source>“%1” applies: you save %2.</source>
        <translation>“%1” applies: you save %2.</translation>
    </message>
</context>
<context>
    <name>PromoCodeTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>Minimum order</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Per buyer</source>
        <translation>Per buyer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>PromoCodesPage</name>
    <message>
        <source>New code…</source>
        <translation>New code…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Delete promo code</source>
        <translation>Delete promo code</translation>
    </message>
    <message>
        <source>Delete the promo code “%1”? Orders that used it keep their discount.</source>
        <translation>Delete the promo code “%1”? Orders that used it keep their discount.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” was deleted.</translation>
    </message>
    <message>
        <source>“%1” has been used, so it was switched off instead of deleted.</source>
        <translation>“%1” has been used, so it was switched off instead of deleted.</translation>
    </message>
    <message>
        <source>No promo codes yet — create one with “New code…”.</source>
        <translation>No promo codes yet — create one with “New code…”.</translation>
    </message>
</context>
<context>
    <name>ProofOfDeliveryDialog</name>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>Proof of delivery — order #%1</source>
        <translation>Proof of delivery — order #%1</translation>
    </message>
    <message>
        <source>Name of the person who took the parcel</source>
        <translation>Name of the person who took the parcel</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>Taken by:</translation>
    </message>
    <message>
        <source>Cash collected (due: %1):</source>
        <translation>Cash collected (due: %1):</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Add photo…</translation>
    </message>
    <message>
        <source>Photo (optional):</source>
        <translation>Photo (optional):</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Clear signature</translation>
    </message>
    <message>
        <source>Signature (optional):</source>
        <translation>Signature (optional):</translation>
    </message>
    <message>
        <source>Confirm delivery</source>
        <translation>Confirm delivery</translation>
    </message>
    <message>
        <source>Photo of the delivery</source>
        <translation>Photo of the delivery</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>The photo could not be read: %1</source>
        <translation>The photo could not be read: %1</translation>
    </message>
    <message>
        <source>Enter the cash you collected.</source>
        <translation>Enter the cash you collected.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; enter it like %2.</source>
        <translation>“%1” is not an amount; enter it like %2.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QuantityDelegate</name>
    <message>
        <source>&quot;%1&quot; is not a whole number; write the quantity like 2.</source>
        <translation>&quot;%1&quot; is not a whole number; write the quantity like 2.</translation>
    </message>
    <message>
        <source>A quantity is from 1 to %1 (you wrote %2); to take the item out, use Remove.</source>
        <translation>A quantity is from 1 to %1 (you wrote %2); to take the item out, use Remove.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Why? Kept in the audit log with your name.</source>
        <translation>Why? Kept in the audit log with your name.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Edit your review</source>
        <translation>Edit your review</translation>
    </message>
    <message>
        <source>Write a review</source>
        <translation>Write a review</translation>
    </message>
    <message>
        <source>What did you like or dislike? (optional)</source>
        <translation>What did you like or dislike? (optional)</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Review:</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Delete review</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <source>Delete your review?</source>
        <translation>Delete your review?</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>ScaleBenchmark</name>
    <message>
        <source>Simulated desktop clients directly against the primary and through PgBouncer with catalog reads on a standby.</source>
        <translation>Simulated desktop clients directly against the primary and through PgBouncer with catalog reads on a standby.</translation>
    </message>
    <message>
        <source>The most clients (also measured: 100, 500).</source>
        <translation>The most clients (also measured: 100, 500).</translation>
    </message>
    <message>
        <source>Seconds per measurement.</source>
        <translation>Seconds per measurement.</translation>
    </message>
    <message>
        <source>Directory of the throwaway cluster.</source>
        <translation>Directory of the throwaway cluster.</translation>
    </message>
</context>
<context>
    <name>SchemaVersion</name>
    <message>
        <source>The database was set up by a newer HexaStore (schema version %1; this program knows up to %2). Install the newer HexaStore before using this database.</source>
        <translation>The database was set up by a newer HexaStore (schema version %1; this program knows up to %2). Install the newer HexaStore before using this database.</translation>
    </message>
    <message>
        <source>The database needs an update (schema version %1; this program needs %2). Ask its operator to run &quot;hexastore-admin migrate&quot;.</source>
        <translation>The database needs an update (schema version %1; this program needs %2). Ask its operator to run &quot;hexastore-admin migrate&quot;.</translation>
    </message>
</context>
<context>
    <name>ScreenHeading</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Load this screen again from the server (F5)</source>
        <translation>Load this screen again from the server (F5)</translation>
    </message>
</context>
<context>
    <name>ServerDirectory</name>
    <message>
        <source>The directory %1 is too long for a PostgreSQL socket; choose a shorter path.</source>
        <translation>The directory %1 is too long for a PostgreSQL socket; choose a shorter path.</translation>
    </message>
    <message>
        <source>Could not create the directory %1.</source>
        <translation>Could not create the directory %1.</translation>
    </message>
    <message>
        <source>There is no &quot;postgres&quot; system user to run the server as; install the &quot;postgresql&quot; package.</source>
        <translation>There is no &quot;postgres&quot; system user to run the server as; install the &quot;postgresql&quot; package.</translation>
    </message>
    <message>
        <source>Could not hand %1 to the postgres user.</source>
        <translation>Could not hand %1 to the postgres user.</translation>
    </message>
    <message>
        <source>The postgres system user cannot reach %1. Choose a directory whose parent directories it can enter, for example under /var/lib or /tmp.</source>
        <translation>The postgres system user cannot reach %1. Choose a directory whose parent directories it can enter, for example under /var/lib or /tmp.</translation>
    </message>
    <message>
        <source>Could not run %1.</source>
        <translation>Could not run %1.</translation>
    </message>
    <message>
        <source>%1 did not finish in time.</source>
        <translation>%1 did not finish in time.</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>local server</source>
        <translation>local server</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>%1 (may only choose a new password)</source>
        <translation>%1 (may only choose a new password)</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (this device)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Last active</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Sign here</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>SmtpMailer</name>
    <message>
        <source>No SMTP server is set. Set at least smtp_host and mail_from, e.g. &quot;hexastore-admin mail set smtp_host mail.example.com&quot;.</source>
        <translation>No SMTP server is set. Set at least smtp_host and mail_from, e.g. &quot;hexastore-admin mail set smtp_host mail.example.com&quot;.</translation>
    </message>
    <message>
        <source>smtp_port is not a port number.</source>
        <translation>smtp_port is not a port number.</translation>
    </message>
</context>
<context>
    <name>SqlErrorMapper</name>
    <message>
        <source>Enter a valid e-mail address, like name@example.com.</source>
        <translation>Enter a valid e-mail address, like name@example.com.</translation>
    </message>
    <message>
        <source>Enter a name of 1 to 200 characters.</source>
        <translation>Enter a name of 1 to 200 characters.</translation>
    </message>
    <message>
        <source>An account with this e-mail address already exists. Log in instead, or use another address.</source>
        <translation>An account with this e-mail address already exists. Log in instead, or use another address.</translation>
    </message>
    <message>
        <source>The password is too short: use at least 8 characters.</source>
        <translation>The password is too short: use at least 8 characters.</translation>
    </message>
    <message>
        <source>The password is too long: use at most 128 characters.</source>
        <translation>The password is too long: use at most 128 characters.</translation>
    </message>
    <message>
        <source>The password must not be your e-mail address.</source>
        <translation>The password must not be your e-mail address.</translation>
    </message>
    <message>
        <source>This password is too common and easy to guess. Choose another one.</source>
        <translation>This password is too common and easy to guess. Choose another one.</translation>
    </message>
    <message>
        <source>Only buyer and seller accounts can be registered here. Ask an administrator for other kinds of account.</source>
        <translation>Only buyer and seller accounts can be registered here. Ask an administrator for other kinds of account.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait a while, then try again.</source>
        <translation>Too many wrong passwords. Wait a while, then try again.</translation>
    </message>
    <message>
        <source>Unknown role or status.</source>
        <translation>Unknown role or status.</translation>
    </message>
    <message>
        <source>Administrators cannot change their own status.</source>
        <translation>Administrators cannot change their own status.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>This user no longer exists.</translation>
    </message>
    <message>
        <source>Administrators cannot do this to their own account. Ask another administrator.</source>
        <translation>Administrators cannot do this to their own account. Ask another administrator.</translation>
    </message>
    <message>
        <source>This is the last active administrator: make another user an administrator first.</source>
        <translation>This is the last active administrator: make another user an administrator first.</translation>
    </message>
    <message>
        <source>This user still has %1 open orders or deliveries. Finish or hand them over before changing the role.</source>
        <translation>This user still has %1 open orders or deliveries. Finish or hand them over before changing the role.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>The courier now holds %1, not the amount shown. Count again, then mark it received.</source>
        <translation>The courier now holds %1, not the amount shown. Count again, then mark it received.</translation>
    </message>
    <message>
        <source>Choose a new password first: an administrator reset yours.</source>
        <translation>Choose a new password first: an administrator reset yours.</translation>
    </message>
    <message>
        <source>The category is not empty: move or delete its products and subcategories first.</source>
        <translation>The category is not empty: move or delete its products and subcategories first.</translation>
    </message>
    <message>
        <source>A category cannot be moved below itself.</source>
        <translation>A category cannot be moved below itself.</translation>
    </message>
    <message>
        <source>A product needs at least one variant.</source>
        <translation>A product needs at least one variant.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>This product no longer exists.</translation>
    </message>
    <message>
        <source>Another seller&apos;s listing is hidden or shown with “Hide listing”, which asks for a reason.</source>
        <translation>Another seller&apos;s listing is hidden or shown with “Hide listing”, which asks for a reason.</translation>
    </message>
    <message>
        <source>An administrator took this listing out of the catalog: “%1”. Change what the reason names and ask an administrator to show it again.</source>
        <translation>An administrator took this listing out of the catalog: “%1”. Change what the reason names and ask an administrator to show it again.</translation>
    </message>
    <message>
        <source>The image is larger than 5 MB.</source>
        <translation>The image is larger than 5 MB.</translation>
    </message>
    <message>
        <source>Only %3 of “%1” are available; you asked for %2.</source>
        <translation>Only %3 of “%1” are available; you asked for %2.</translation>
    </message>
    <message>
        <source>“%1” is sold out or no longer sold. Remove it from the cart to go on.</source>
        <translation>“%1” is sold out or no longer sold. Remove it from the cart to go on.</translation>
    </message>
    <message>
        <source>Enter a quantity of at least 1.</source>
        <translation>Enter a quantity of at least 1.</translation>
    </message>
    <message>
        <source>Only buyer accounts can shop.</source>
        <translation>Only buyer accounts can shop.</translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation>Your cart is empty.</translation>
    </message>
    <message>
        <source>Choose one of your delivery addresses.</source>
        <translation>Choose one of your delivery addresses.</translation>
    </message>
    <message>
        <source>This payment method is not supported.</source>
        <translation>This payment method is not supported.</translation>
    </message>
    <message>
        <source>This item is no longer in the catalog.</source>
        <translation>This item is no longer in the catalog.</translation>
    </message>
    <message>
        <source>There is no promo code “%1”.</source>
        <translation>There is no promo code “%1”.</translation>
    </message>
    <message>
        <source>The promo code “%1” is not active.</source>
        <translation>The promo code “%1” is not active.</translation>
    </message>
    <message>
        <source>The promo code “%1” is valid from %2.</source>
        <translation>The promo code “%1” is valid from %2.</translation>
    </message>
    <message>
        <source>The promo code “%1” expired on %2.</source>
        <translation>The promo code “%1” expired on %2.</translation>
    </message>
    <message>
        <source>The promo code “%1” needs a subtotal of at least %2; the cart comes to %3.</source>
        <translation>The promo code “%1” needs a subtotal of at least %2; the cart comes to %3.</translation>
    </message>
    <message>
        <source>The promo code “%1” has been used up.</source>
        <translation>The promo code “%1” has been used up.</translation>
    </message>
    <message>
        <source>You have used the promo code “%1” as often as it allows (%2 times).</source>
        <translation>You have used the promo code “%1” as often as it allows (%2 times).</translation>
    </message>
    <message>
        <source>An order that is %1 cannot become %2.</source>
        <translation>An order that is %1 cannot become %2.</translation>
    </message>
    <message>
        <source>A buyer can only cancel an order.</source>
        <translation>A buyer can only cancel an order.</translation>
    </message>
    <message>
        <source>You have cancelled %1 orders in the last %2 days, the most allowed. Please contact the seller instead.</source>
        <translation>You have cancelled %1 orders in the last %2 days, the most allowed. Please contact the seller instead.</translation>
    </message>
    <message>
        <source>Give a reason for this change (at most 1,000 characters).</source>
        <translation>Give a reason for this change (at most 1,000 characters).</translation>
    </message>
    <message>
        <source>This order does not exist, or it is not yours.</source>
        <translation>This order does not exist, or it is not yours.</translation>
    </message>
    <message>
        <source>A seller can confirm or reject an order only while it is pending.</source>
        <translation>A seller can confirm or reject an order only while it is pending.</translation>
    </message>
    <message>
        <source>This order is on its way with a courier; it is cancelled only when the delivery is returned.</source>
        <translation>This order is on its way with a courier; it is cancelled only when the delivery is returned.</translation>
    </message>
    <message>
        <source>You can review a product once an order with it has been delivered to you.</source>
        <translation>You can review a product once an order with it has been delivered to you.</translation>
    </message>
    <message>
        <source>Give a rating of 1 to 5 stars.</source>
        <translation>Give a rating of 1 to 5 stars.</translation>
    </message>
    <message>
        <source>A review can have at most 2,000 characters.</source>
        <translation>A review can have at most 2,000 characters.</translation>
    </message>
    <message>
        <source>You have already reviewed this product; edit that review instead.</source>
        <translation>You have already reviewed this product; edit that review instead.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s name (1 to 200 characters).</source>
        <translation>Enter the recipient&apos;s name (1 to 200 characters).</translation>
    </message>
    <message>
        <source>Enter a phone number of 5 to 30 digits, spaces, dashes or brackets, optionally starting with +.</source>
        <translation>Enter a phone number of 5 to 30 digits, spaces, dashes or brackets, optionally starting with +.</translation>
    </message>
    <message>
        <source>Enter the country (1 to 100 characters).</source>
        <translation>Enter the country (1 to 100 characters).</translation>
    </message>
    <message>
        <source>Enter the city (1 to 100 characters).</source>
        <translation>Enter the city (1 to 100 characters).</translation>
    </message>
    <message>
        <source>Enter the street (1 to 200 characters).</source>
        <translation>Enter the street (1 to 200 characters).</translation>
    </message>
    <message>
        <source>Enter the house number (1 to 20 characters; the apartment at most 20).</source>
        <translation>Enter the house number (1 to 20 characters; the apartment at most 20).</translation>
    </message>
    <message>
        <source>Enter a postal code of 3 to 12 letters, digits, spaces or dashes.</source>
        <translation>Enter a postal code of 3 to 12 letters, digits, spaces or dashes.</translation>
    </message>
    <message>
        <source>A note can have at most 500 characters.</source>
        <translation>A note can have at most 500 characters.</translation>
    </message>
    <message>
        <source>A promo code has 3 to 32 letters, digits, dashes or underscores.</source>
        <translation>A promo code has 3 to 32 letters, digits, dashes or underscores.</translation>
    </message>
    <message>
        <source>A percentage is a whole number from 1 to 100.</source>
        <translation>A percentage is a whole number from 1 to 100.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Enter an amount greater than zero.</translation>
    </message>
    <message>
        <source>The end of validity must come after its start.</source>
        <translation>The end of validity must come after its start.</translation>
    </message>
    <message>
        <source>The minimum subtotal cannot be negative, and usage limits must be at least 1.</source>
        <translation>The minimum subtotal cannot be negative, and usage limits must be at least 1.</translation>
    </message>
    <message>
        <source>A promo code “%1” already exists (codes ignore case).</source>
        <translation>A promo code “%1” already exists (codes ignore case).</translation>
    </message>
    <message>
        <source>The code has been used %1 times already; the limit cannot be lower.</source>
        <translation>The code has been used %1 times already; the limit cannot be lower.</translation>
    </message>
    <message>
        <source>A delivery that is “%1” cannot become “%2”.</source>
        <translation>A delivery that is “%1” cannot become “%2”.</translation>
    </message>
    <message>
        <source>Only a confirmed order is dispatched; this one is %1.</source>
        <translation>Only a confirmed order is dispatched; this one is %1.</translation>
    </message>
    <message>
        <source>Deliveries go to active couriers only.</source>
        <translation>Deliveries go to active couriers only.</translation>
    </message>
    <message>
        <source>This delivery no longer exists.</source>
        <translation>This delivery no longer exists.</translation>
    </message>
    <message>
        <source>Say why the delivery failed; for “other”, add a note (at most 500 characters).</source>
        <translation>Say why the delivery failed; for “other”, add a note (at most 500 characters).</translation>
    </message>
    <message>
        <source>Enter the name of the person who took the delivery.</source>
        <translation>Enter the name of the person who took the delivery.</translation>
    </message>
    <message>
        <source>The cash collected must be the order&apos;s total of %1; you entered %2.</source>
        <translation>The cash collected must be the order&apos;s total of %1; you entered %2.</translation>
    </message>
    <message>
        <source>After three failed attempts the goods go back to the seller.</source>
        <translation>After three failed attempts the goods go back to the seller.</translation>
    </message>
    <message>
        <source>This delivery is no longer assigned to you.</source>
        <translation>This delivery is no longer assigned to you.</translation>
    </message>
    <message>
        <source>The photo or signature did not reach the server.</source>
        <translation>The photo or signature did not reach the server.</translation>
    </message>
    <message>
        <source>Only the courier this device belongs to can sync it.</source>
        <translation>Only the courier this device belongs to can sync it.</translation>
    </message>
    <message>
        <source>The server could not read the changes this device sent.</source>
        <translation>The server could not read the changes this device sent.</translation>
    </message>
    <message>
        <source>The server had already received this change.</source>
        <translation>The server had already received this change.</translation>
    </message>
    <message>
        <source>A reason can have at most 1,000 characters.</source>
        <translation>A reason can have at most 1,000 characters.</translation>
    </message>
    <message>
        <source>Enter a phone number of 5 to 30 digits, spaces, dashes or brackets, optionally starting with +, or leave it empty.</source>
        <translation>Enter a phone number of 5 to 30 digits, spaces, dashes or brackets, optionally starting with +, or leave it empty.</translation>
    </message>
    <message>
        <source>A pickup address can have at most 500 characters.</source>
        <translation>A pickup address can have at most 500 characters.</translation>
    </message>
    <message>
        <source>The delivery changed meanwhile; see its current state.</source>
        <translation>The delivery changed meanwhile; see its current state.</translation>
    </message>
    <message>
        <source>Say why the delivery goes to another courier on its way.</source>
        <translation>Say why the delivery goes to another courier on its way.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Your session has ended. Please log in again.</translation>
    </message>
    <message>
        <source>The database refused the connection: the client role&apos;s password is wrong.</source>
        <translation>The database refused the connection: the client role&apos;s password is wrong.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>This already exists.</source>
        <translation>This already exists.</translation>
    </message>
    <message>
        <source>This refers to something that no longer exists, or is still in use.</source>
        <translation>This refers to something that no longer exists, or is still in use.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment. Please try again.</source>
        <translation>Someone else changed the same data at the same moment. Please try again.</translation>
    </message>
    <message>
        <source>The database does not exist on this server.</source>
        <translation>The database does not exist on this server.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the connection; HexaStore will try again.</source>
        <translation>The database server cannot be reached. Check the connection; HexaStore will try again.</translation>
    </message>
    <message>
        <source>Some of the values are not valid.</source>
        <translation>Some of the values are not valid.</translation>
    </message>
    <message>
        <source>The database does not match this version of HexaStore.</source>
        <translation>The database does not match this version of HexaStore.</translation>
    </message>
    <message>
        <source>Something went wrong in the database. The details were logged.</source>
        <translation>Something went wrong in the database. The details were logged.</translation>
    </message>
    <message>
        <source>Only a listing an administrator hid can be shown again here; its seller hid this one.</source>
        <translation>Only a listing an administrator hid can be shown again here; its seller hid this one.</translation>
    </message>
</context>
<context>
    <name>SqlExecutor</name>
    <message>
        <source>The database gave an unexpected answer.</source>
        <translation>The database gave an unexpected answer.</translation>
    </message>
</context>
<context>
    <name>SqlSession</name>
    <message>
        <source>The connection broke while saving, so it is not known whether the change was saved. Check, then try again.</source>
        <translation>The connection broke while saving, so it is not known whether the change was saved. Check, then try again.</translation>
    </message>
</context>
<context>
    <name>StockDelegate</name>
    <message>
        <source>&quot;%1&quot; is not a whole number; write the stock like 12.</source>
        <translation>&quot;%1&quot; is not a whole number; write the stock like 12.</translation>
    </message>
    <message>
        <source>Stock cannot be negative (you wrote %1).</source>
        <translation>Stock cannot be negative (you wrote %1).</translation>
    </message>
    <message>
        <source>Stock can be at most %1.</source>
        <translation>Stock can be at most %1.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>The server and this device disagree about which changes were sent. The changes stay on this device.</source>
        <translation>The server and this device disagree about which changes were sent. The changes stay on this device.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation>● Syncing…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>All changes sent</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Changes waiting: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>Next try at %1.</translation>
    </message>
    <message>
        <source>Steps the server did not accept: %1 (listed below).</source>
        <translation>Steps the server did not accept: %1 (listed below).</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copy rows</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
</context>
<context>
    <name>UserAdminService</name>
    <message>
        <source>Give a reason: it is kept in the audit log.</source>
        <translation>Give a reason: it is kept in the audit log.</translation>
    </message>
    <message>
        <source>A reason can have at most 1,000 characters; this one has %1.</source>
        <translation>A reason can have at most 1,000 characters; this one has %1.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>This user no longer exists.</translation>
    </message>
</context>
<context>
    <name>UserDetailDialog</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Login history (90 days)</source>
        <translation>Login history (90 days)</translation>
    </message>
    <message>
        <source>Logged in on</source>
        <translation>Logged in on</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>, must choose a new password at the next login</source>
        <translation>, must choose a new password at the next login</translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation>Joined %1</translation>
    </message>
    <message>
        <source>Last successful login: %1</source>
        <translation>Last successful login: %1</translation>
    </message>
    <message>
        <source>Orders placed: %1 · Orders received as a seller: %2 · Products listed: %3 · Deliveries done: %4, in hand: %5</source>
        <translation>Orders placed: %1 · Orders received as a seller: %2 · Products listed: %3 · Deliveries done: %4, in hand: %5</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active, must set a password</source>
        <translation>Active, must set a password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Last login</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Disable…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Change role…</translation>
    </message>
    <message>
        <source>End all sessions…</source>
        <translation>End all sessions…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Search by e-mail or name</source>
        <translation>Search by e-mail or name</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Not on your own account: ask another administrator.</source>
        <translation>Not on your own account: ask another administrator.</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Enable…</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>Enable user</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <source>%1 will be able to log in again.</source>
        <translation>%1 will be able to log in again.</translation>
    </message>
    <message>
        <source>%1 is logged out everywhere at once and cannot log in until enabled again.</source>
        <translation>%1 is logged out everywhere at once and cannot log in until enabled again.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 is enabled.</translation>
    </message>
    <message>
        <source>%1 is disabled and logged out everywhere.</source>
        <translation>%1 is disabled and logged out everywhere.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>%1 is a %2 now. The new role takes effect at their next login; they are logged out everywhere.</source>
        <translation>%1 is a %2 now. The new role takes effect at their next login; they are logged out everywhere.</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>%1 is now a %2.</source>
        <translation>%1 is now a %2.</translation>
    </message>
    <message>
        <source>End all sessions</source>
        <translation>End all sessions</translation>
    </message>
    <message>
        <source>%1 is logged out on every device and must log in again.</source>
        <translation>%1 is logged out on every device and must log in again.</translation>
    </message>
    <message>
        <source>End sessions</source>
        <translation>End sessions</translation>
    </message>
    <message>
        <source>Sessions of %1 ended: %2.</source>
        <translation>Sessions of %1 ended: %2.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>%1&apos;s password stops working now and they are logged out everywhere. You get a one-time password to give them; with it they must choose a new password before anything else.</source>
        <translation>%1&apos;s password stops working now and they are logged out everywhere. You get a one-time password to give them; with it they must choose a new password before anything else.</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>The password of %1 is reset.</translation>
    </message>
    <message>
        <source>%1 can log in now with the one-time password.</source>
        <translation>%1 can log in now with the one-time password.</translation>
    </message>
    <message>
        <source>No users match the search and filters.</source>
        <translation>No users match the search and filters.</translation>
    </message>
</context>
<context>
    <name>VariantTableModel</name>
    <message>
        <source>enter a price</source>
        <translation>enter a price</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>For sale</source>
        <translation>For sale</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>HexaStore marketplace client</source>
        <translation>HexaStore marketplace client</translation>
    </message>
    <message>
        <source>Connect to this database instead of the configured one (postgresql://…).</source>
        <translation>Connect to this database instead of the configured one (postgresql://…).</translation>
    </message>
    <message>
        <source>Directory of the local server.</source>
        <translation>Directory of the local server.</translation>
    </message>
    <message>
        <source>Read the catalog from this read-only server (a streaming standby; postgresql://…).</source>
        <translation>Read the catalog from this read-only server (a streaming standby; postgresql://…).</translation>
    </message>
</context>
</TS>
