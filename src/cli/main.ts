console.log(JSON.stringify({ok:true, argv: process.argv.slice(2)}));
