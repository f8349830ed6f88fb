/**
 * Person names. Given names come from faker's English lists (read as plain data and drawn with our
 * own seeded stream, so faker's internals never affect determinism); surnames from a list of
 * common US surnames of many origins, plus surnames that are also ordinary English words or
 * eponyms (Rose, Hope, Frank, Graves, Parkinson), which de-identification has to tell apart.
 */
import { en } from '@faker-js/faker';
import type { Rng } from './random.ts';
import type { Sex } from './vocabulary/conditions.ts';

const commonSurnames = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson
Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell
Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook
Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez
Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell
Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Fisher Vasquez Simmons Romero Jordan Patterson
Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar
Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen
Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz
Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Stone Salazar Warren Mills Meyer Rice Schmidt Garza Daniels
Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen
Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray
Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Wang Li Zhang
Liu Yang Huang Wu Singh Shah Kumar Gupta Desai Park Choi Tanaka Yamamoto Pham Le Vo Okafor Adeyemi Mensah Abebe Haddad
Khalil Nasser Kowalski Novak Schneider Becker Rossi Russo Costa Silva Lindqvist Jensen Larsen Murphy Byrne Walsh
O'Connell O'Brien O'Neill D'Angelo McCarthy MacLeod DeLeon Garcia-Lopez Nguyen-Tran Smith-Jones`
  .split(/\s+/)
  .concat(['Van Dyke', 'St. Clair', 'De la Cruz']);

/** Surnames that are also everyday words or eponyms; drawn at a realistic rate. */
const wordSurnames = `Rose Hope Bush Frank Love Snow Winter Summers Strong Little Sharp Best Hale Chase Banks Marsh Field Wise
Joy May Short Moody Sweet Bishop Page Ball Hardy Bond Graves Parkinson Swan Crane Root Bloom Brown Young White Black
Green King Hill Wood Cook Baker Long Bell Fox Stone Hunt Price Rice Ford Mills Grant Hart Lane Ray Church Gold Day`.split(/\s+/);

/** Given names that are also ordinary words (Hope, Faith, Frank, Will), common in real patient lists. */
const wordGivenNames: Record<Sex, readonly string[]> = {
  female: ['Hope', 'Faith', 'Joy', 'Grace', 'June', 'April', 'May', 'Summer', 'Autumn', 'Rose', 'Lily', 'Iris', 'Ivy', 'Dawn', 'Amber', 'Crystal', 'Destiny', 'Patience', 'Holly', 'Robin'],
  male: ['Frank', 'Will', 'Mark', 'Bill', 'Art', 'Rich', 'Guy', 'Gene', 'Max', 'Chase', 'Hunter', 'Drew', 'Wade', 'Jack', 'Miles', 'Major', 'Royal', 'Sonny', 'Dusty', 'Rusty'],
};

function faker(list: string[] | undefined): string[] {
  return (list ?? []).filter((n) => /^[A-Z][a-z]+$/.test(n));
}

const person = en.person ?? {};
const givenNames: Record<Sex, readonly string[]> = {
  female: faker((person.first_name as { female?: string[] } | undefined)?.female),
  male: faker((person.first_name as { male?: string[] } | undefined)?.male),
};
const middleNames: Record<Sex, readonly string[]> = {
  female: faker((person.middle_name as { female?: string[] } | undefined)?.female),
  male: faker((person.middle_name as { male?: string[] } | undefined)?.male),
};
const fakerSurnames = faker((person.last_name as { generic?: string[] } | undefined)?.generic);

export interface PersonName {
  given: string;
  middle?: string;
  family: string;
}

export function drawSurname(rng: Rng): string {
  const r = rng.next();
  if (r < 0.1) return rng.pick(wordSurnames);
  if (r < 0.3 && fakerSurnames.length > 0) return rng.pick(fakerSurnames);
  return rng.pick(commonSurnames);
}

export function drawGivenName(rng: Rng, sex: Sex): string {
  if (rng.chance(0.08) || givenNames[sex].length === 0) return rng.pick(wordGivenNames[sex]);
  return rng.pick(givenNames[sex]);
}

export function drawPersonName(rng: Rng, sex: Sex, family?: string): PersonName {
  const given = drawGivenName(rng, sex);
  const middle = rng.chance(0.45) && middleNames[sex].length > 0 ? rng.pick(middleNames[sex]) : undefined;
  return { given, middle, family: family ?? drawSurname(rng) };
}

export function fullName(name: PersonName): string {
  return `${name.given} ${name.family}`;
}
