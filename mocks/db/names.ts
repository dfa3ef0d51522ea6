/**
 * Vocabulary of the generated dataset. Names are plain ASCII letters so that the derived address keys
 * (`first.last.`) are all distinct and none is a prefix of another: the dataset's sort indexes rely on it
 * (checked by a unit test).
 */
export const FIRST_NAMES = [
  'Aaliyah', 'Aaron', 'Abigail', 'Adam', 'Adrian', 'Aiden', 'Aisha', 'Akira', 'Alan', 'Alejandro', 'Alex',
  'Alice', 'Amara', 'Amelia', 'Amir', 'Ana', 'Andrea', 'Andrew', 'Anika', 'Anna', 'Arjun', 'Aryan', 'Ava',
  'Beatriz', 'Ben', 'Bianca', 'Bruno', 'Camila', 'Carlos', 'Carmen', 'Charlotte', 'Chen', 'Chloe', 'Chris',
  'Clara', 'Daniel', 'David', 'Diego', 'Dmitri', 'Elena', 'Eli', 'Elif', 'Elijah', 'Ella', 'Emily', 'Emma',
  'Ethan', 'Eva', 'Fatima', 'Felix', 'Finn', 'Freya', 'Gabriel', 'Grace', 'Hana', 'Hannah', 'Harper',
  'Hassan', 'Henry', 'Hiroshi', 'Ibrahim', 'Ines', 'Isaac', 'Isabella', 'Ivan', 'Jack', 'Jamal', 'James',
  'Javier', 'Jin', 'Jonas', 'Jose', 'Julia', 'Kai', 'Kavya', 'Kenji', 'Kofi', 'Laila', 'Lara', 'Layla',
  'Leah', 'Leila', 'Leo', 'Liam', 'Lina', 'Lucas', 'Lucia', 'Luis', 'Maya', 'Mateo', 'Mei', 'Mia', 'Mohammed',
  'Nadia', 'Naomi', 'Nia', 'Nikhil', 'Nina', 'Noah', 'Nora', 'Olga', 'Oliver', 'Olivia', 'Omar', 'Oscar',
  'Pablo', 'Priya', 'Rafael', 'Ravi', 'Rosa', 'Ruby', 'Sakura', 'Samuel', 'Sara', 'Sebastian', 'Sofia',
  'Soren', 'Tariq', 'Theo', 'Thomas', 'Valentina', 'Victor', 'Wei', 'Yara', 'Yusuf', 'Zara', 'Zoe',
] as const;

export const LAST_NAMES = [
  'Abbott', 'Adeyemi', 'Ahmed', 'Alvarez', 'Andersen', 'Bakker', 'Banerjee', 'Becker', 'Bennett', 'Bianchi',
  'Brown', 'Castillo', 'Chen', 'Cohen', 'Costa', 'Cruz', 'Dasgupta', 'Davies', 'Dubois', 'Eriksson', 'Evans',
  'Fernandez', 'Fischer', 'Fontaine', 'Garcia', 'Gomez', 'Gonzalez', 'Green', 'Gupta', 'Hansen', 'Haddad',
  'Hernandez', 'Hoffmann', 'Hughes', 'Ibrahim', 'Ito', 'Jansen', 'Jensen', 'Johnson', 'Kaur', 'Kelly', 'Khan',
  'Kim', 'Kowalski', 'Kumar', 'Larsen', 'Laurent', 'Lee', 'Lopez', 'Martin', 'Mendes', 'Meyer', 'Miller',
  'Moreau', 'Mueller', 'Murphy', 'Nakamura', 'Nguyen', 'Nielsen', 'Novak', 'Obi', 'Okafor', 'Olsen',
  'Park', 'Patel', 'Perez', 'Petrov', 'Popescu', 'Quinn', 'Ramirez', 'Reyes', 'Richter', 'Rossi', 'Russo',
  'Sato', 'Schmidt', 'Schneider', 'Shah', 'Silva', 'Singh', 'Smith', 'Sousa', 'Suzuki', 'Takahashi',
  'Tanaka', 'Taylor', 'Thomas', 'Torres', 'Tran', 'Van Dijk', 'Vargas', 'Virtanen', 'Wagner', 'Walker',
  'Wang', 'Weber', 'Williams', 'Wilson', 'Wong', 'Yamamoto', 'Yilmaz', 'Young', 'Zhang', 'Zimmermann',
] as const;

export const ADDRESS_DOMAINS = ['example.com', 'example.org', 'chat.example.net', 'corp.example'] as const;
export const EMAIL_DOMAINS = ['mail.example.com', 'inbox.example.org', 'example.net'] as const;

export const STATUSES = [
  'Available', 'Busy', 'At work', 'In a meeting', 'On vacation 🌴', 'Battery about to die', 'Can’t talk, text only',
  'Sleeping', 'At the gym', 'Urgent calls only', 'Hey there! I am using the chat.', 'Working from home',
] as const;

export const DESCRIPTIONS = [
  'Product designer who loves typography.', 'Backend engineer, coffee enthusiast.', 'Customer success lead.',
  'Runs the night shift support desk.', 'Field sales, mostly on the road.', 'Data analyst and amateur astronomer.',
  'Community moderator.', 'Logistics coordinator for the north region.',
] as const;

export const CITIES = [
  'Berlin', 'Lagos', 'São Paulo', 'Mumbai', 'Tokyo', 'Toronto', 'Nairobi', 'Madrid', 'Seoul', 'Sydney',
  'Istanbul', 'Mexico City', 'Jakarta', 'Stockholm', 'Cairo', 'Lisbon',
] as const;

export const LANGUAGES = ['en', 'de', 'es', 'fr', 'pt', 'hi', 'ja', 'ko', 'tr', 'ar', 'zh', 'sw'] as const;

/** Address / email keys use a lower-case, letters-only form of the names. */
export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}
