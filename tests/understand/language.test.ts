// Telling Spanish from English on SMS, where only the words come: texting shorthand and the words
// people use for substances count as Spanish, without taking English messages for Spanish.
import { expect } from 'chai';
import { guessLanguage } from '../../src/understand/language';

describe('language: Spanish on SMS', () => {
  it('recognises Spanish texting shorthand and street words', () => {
    for (const text of [
      'q es AA',
      'xq tomo tanto',
      'existe marihuana anonimos',
      'donde consigo narcan',
      'mi hermano anda con el cristal',
      'otra vez cruda, ya no quiero',
      'conseguir pastillas es facil aqui',
      'k hago con mi esposo borracho',
      'el fentanilo me esta matando',
    ]) {
      expect(guessLanguage(text), text).to.equal('es');
    }
  });

  it('leaves English messages with the same letters English', () => {
    for (const text of [
      'k thanks',
      'k where is the nearest meeting',
      'q: is there a meeting tonight',
      'we had Cristal at the wedding and i drank too much',
      'my son is on the junta of a club',
    ]) {
      expect(guessLanguage(text), text).to.not.equal('es');
    }
    for (const text of ['k', 'q', 'ok k']) expect(guessLanguage(text), text).to.equal(undefined);
  });

  it('takes a short message with one clear Spanish word and no English for Spanish', () => {
    for (const text of ['AA cobra?', 'smart recovery usa padrinos?', 'NA cobran?', 'mi jefa chupa', 'tranquilizantes', 'ando crudo']) {
      expect(guessLanguage(text), text).to.equal('es');
    }
    // Spanish words English also uses, and longer or English texts, are not enough.
    for (const text of ['dime bag?', 'gratis?', 'AA padre', 'does AA cobra', 'is smart recovery free for padrinos and everyone']) {
      expect(guessLanguage(text), text).to.not.equal('es');
    }
  });
});
